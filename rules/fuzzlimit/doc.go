// Package fuzzlimit is the per-input time limit of clsx's fuzz targets.
//
// Go's fuzzer has no time limit of its own: an input that takes a minute
// only slows the run down and is never reported. Run fails an input that
// takes more than a second, measured in the process's CPU time rather than
// the clock so that a loaded machine (the fuzzer shares two cores with
// other work) does not fail a fast input; an input blocked without using
// the processor is caught by a wall-clock limit thirty times longer (long
// enough for a fast input on a machine running many times more work than
// it has cores).
//
// It lives beside the rules because every clsx package but corpus may depend
// on rules; corpus, which depends on no other clsx package, keeps a copy of
// it in its tests.
package fuzzlimit
