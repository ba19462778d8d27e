// Package index will hold the search index over extracted contracts, their
// axes and actions, for cross-territory questions.
package index
