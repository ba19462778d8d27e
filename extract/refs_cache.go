package extract

// blockRefs returns the contract references of block b that lie in folded
// range [fs, fe), with offsets from fs, as findRefs(b.Folded()[fs:fe])
// would (the plural and other-plan checks see the whole block): the block's
// references are read once, since the document's territory, each clause
// and each sentence ask for them.
func (l *lexicon) blockRefs(b *Block, fs, fe int) []contractRef {
	if !b.refsDone {
		b.refs, b.refsDone = l.findRefs(b.fold.Text), true
	}
	var out []contractRef
	for _, r := range b.refs {
		if r.start >= fs && r.end <= fe {
			out = append(out, contractRef{r.start - fs, r.end - fs, r.kind})
		}
	}
	return out
}
