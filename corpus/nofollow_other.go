//go:build !unix

package corpus

// oNoFollow: no such flag here; openNoFollow's Lstat check stands alone.
const oNoFollow = 0
