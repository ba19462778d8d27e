package score

import "sort"

// This file ports the part of Python's difflib.SequenceMatcher the scorer
// uses, SequenceMatcher(None, a, b, autojunk=False).ratio(), on the code
// points of two strings. Greedy list matching keeps a pair when its ratio
// reaches a threshold and ranks pairs by ratio, so the port must find the same
// matching blocks, not merely blocks of the same total size: it keeps
// find_longest_match's tie-breaking (earliest in a, then earliest in b) and
// get_matching_blocks' queue. With no junk function and autojunk off, no
// element of b is junk or "popular", which the port therefore omits.

// sequenceMatcher holds b's index like SequenceMatcher.__chain_b builds it.
type sequenceMatcher struct {
	a, b []rune
	b2j  map[rune][]int // the positions of each element of b, ascending
	ab2j [][]int        // b2j[a[i]] for each i, looked up once

	// Scratch rows of find_longest_match, kept all-zero between calls.
	j2len, newj2len []int
	set, newSet     []int
}

func newSequenceMatcher(a, b []rune) *sequenceMatcher {
	m := &sequenceMatcher{a: a, b: b, b2j: make(map[rune][]int),
		j2len: make([]int, len(b)+1), newj2len: make([]int, len(b)+1)}
	for j, r := range b {
		m.b2j[r] = append(m.b2j[r], j)
	}
	m.ab2j = make([][]int, len(a))
	for i, r := range a {
		m.ab2j[i] = m.b2j[r]
	}
	return m
}

type match struct{ i, j, size int }

// findLongestMatch is find_longest_match(alo, ahi, blo, bhi): the longest
// block a[i:i+k] == b[j:j+k] within the bounds, the earliest in a among the
// longest, then the earliest in b. j2len[j] is the length of the match ending
// at a[i-1], b[j]; Python keeps it in a dict rebuilt for every i, the port in
// two slices indexed by j+1 whose set entries are cleared once used.
func (m *sequenceMatcher) findLongestMatch(alo, ahi, blo, bhi int) match {
	besti, bestj, bestsize := alo, blo, 0
	j2len, newj2len := m.j2len, m.newj2len
	set, newSet := m.set[:0], m.newSet[:0]
	for i := alo; i < ahi; i++ {
		newSet = newSet[:0]
		for _, j := range m.ab2j[i] {
			if j < blo {
				continue
			}
			if j >= bhi {
				break
			}
			k := j2len[j] + 1 // j2len.get(j-1, 0) + 1, shifted by one
			newj2len[j+1] = k
			newSet = append(newSet, j+1)
			if k > bestsize {
				besti, bestj, bestsize = i-k+1, j-k+1, k
			}
		}
		for _, x := range set {
			j2len[x] = 0
		}
		j2len, newj2len = newj2len, j2len
		set, newSet = newSet, set
	}
	for _, x := range set {
		j2len[x] = 0
	}
	m.j2len, m.newj2len, m.set, m.newSet = j2len, newj2len, set, newSet
	// The extensions of the Python code; without junk they find nothing to
	// add, kept so the port stays the same algorithm.
	a, b := m.a, m.b
	for besti > alo && bestj > blo && a[besti-1] == b[bestj-1] {
		besti, bestj, bestsize = besti-1, bestj-1, bestsize+1
	}
	for besti+bestsize < ahi && bestj+bestsize < bhi && a[besti+bestsize] == b[bestj+bestsize] {
		bestsize++
	}
	return match{besti, bestj, bestsize}
}

// matchingBlocks is get_matching_blocks() before its collapse of adjacent
// blocks (which does not change their total size), sorted.
func (m *sequenceMatcher) matchingBlocks() []match {
	type span struct{ alo, ahi, blo, bhi int }
	queue := []span{{0, len(m.a), 0, len(m.b)}}
	var blocks []match
	for len(queue) > 0 {
		q := queue[len(queue)-1] // queue.pop() takes the last
		queue = queue[:len(queue)-1]
		x := m.findLongestMatch(q.alo, q.ahi, q.blo, q.bhi)
		if x.size == 0 {
			continue
		}
		blocks = append(blocks, x)
		if q.alo < x.i && q.blo < x.j {
			queue = append(queue, span{q.alo, x.i, q.blo, x.j})
		}
		if x.i+x.size < q.ahi && x.j+x.size < q.bhi {
			queue = append(queue, span{x.i + x.size, q.ahi, x.j + x.size, q.bhi})
		}
	}
	sort.Slice(blocks, func(p, q int) bool {
		if blocks[p].i != blocks[q].i {
			return blocks[p].i < blocks[q].i
		}
		return blocks[p].j < blocks[q].j
	})
	return blocks
}

// matches is the number of matched elements, sum(size of matching blocks).
func (m *sequenceMatcher) matches() int {
	n := 0
	for _, b := range m.matchingBlocks() {
		n += b.size
	}
	return n
}

// ratio is SequenceMatcher(None, a, b, autojunk=False).ratio():
// 2.0*M/T with T the total number of code points, 1.0 for two empty strings.
func ratio(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	return ratioRunes(ra, rb)
}

func ratioRunes(a, b []rune) float64 {
	length := len(a) + len(b)
	if length == 0 {
		return 1.0
	}
	m := newSequenceMatcher(a, b).matches()
	return float64(2.0*float64(m)) / float64(length)
}
