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

// blockCue returns the matches of cue class in block b's folded range
// [fs, fe), with offsets from fs: the block is searched once per class,
// since its sentences ask for the same classes one after another.
func (l *lexicon) blockCue(b *Block, class string, fs, fe int) [][2]int {
	if b.cues == nil {
		b.cues = map[string][][2]int{}
	}
	all, ok := b.cues[class]
	if !ok {
		all = l.r.Cue(class).FindAll(b.fold.Text)
		b.cues[class] = all
	}
	var out [][2]int
	for _, sp := range all {
		if sp[0] >= fs && sp[1] <= fe {
			out = append(out, [2]int{sp[0] - fs, sp[1] - fs})
		}
	}
	return out
}

// isFicheFieldCached is isFicheField, read once per block.
func (l *lexicon) isFicheFieldCached(b *Block) bool {
	if b.fiche == 0 {
		b.fiche = 2
		if l.isFicheField(b) {
			b.fiche = 1
		}
	}
	return b.fiche == 1
}
