// Package wordoverlap measures how well a reader's text matches a known
// text: both are cut into comparable words and compared as multisets. The
// PDF and office readers' quality tests share it, so their figures mean the
// same thing.
package wordoverlap
