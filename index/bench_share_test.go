package index

// BenchIndex gives the benchmarks of other packages' tests in this folder
// (package index_test: the dataset export) the 10,000-contract synthetic
// index of bench_test.go.
var BenchIndex = benchIndex
