package extract

import "github.com/clsx/clsx/rules"

// foldSimple folds a string (see rules.Fold).
func foldSimple(s string) string { return rules.Fold(s) }

// runeIndexOfFolded converts a byte offset of Fold(s) into a rune index of s.
func runeIndexOfFolded(s string, b int) int { return rules.FoldMap(s).RuneOffset(b) }
