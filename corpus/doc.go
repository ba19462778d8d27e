// Package corpus will hold the crawler and its store of fetched documents,
// kept unchanged with their URL and date. It depends on no other clsx package.
package corpus
