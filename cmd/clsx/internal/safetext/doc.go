// Package safetext writes crawled text so that it cannot act on whoever
// reads it. Text read from documents is anyone's: an ESC or a CSI (U+009B)
// would move a terminal's cursor or recolour it, a bidirectional override
// would reorder what a terminal or a page shows. Such characters, and bytes
// that are not UTF-8, are written as visible escapes (\x1b, \u202e) that
// show what was there; the escapes are not meant to be reversed.
//
// The command line escapes for the terminal, the web interface for the
// page (where html/template has escaped the markup already): both with this
// one definition of what is unsafe.
package safetext
