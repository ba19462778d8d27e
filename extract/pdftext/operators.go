package pdftext

// op interprets one content stream operator: the text and graphics state
// of PDF 32000 §8–9 that place glyphs, the operators that show text, and
// the paths that can be table borders. Each family has its function.
func (w *pageWalker) op(op string, args []operand) {
	if w.truncated {
		return
	}
	_ = w.graphicsOp(op, args) || w.textStateOp(op, args) || w.textPositionOp(op, args) ||
		w.showOp(op, args) || w.pathOp(op, args)
}

// graphicsOp: the graphics state stack, the CTM, XObjects.
func (w *pageWalker) graphicsOp(op string, args []operand) bool {
	switch op {
	case "q":
		if len(w.stack) < maxGStack {
			w.stack = append(w.stack, w.g)
		}
	case "Q":
		if k := len(w.stack); k > 0 {
			w.g = w.stack[k-1]
			w.stack = w.stack[:k-1]
		}
	case "cm":
		if len(args) == 6 {
			w.g.ctm = matrixOf(args).mul(w.g.ctm)
		}
	case "Do":
		if len(args) == 1 {
			w.do(args[0].str)
		}
	case "EI":
		w.images++ // an inline image (its data skipped by the lexer)
	default:
		return false
	}
	return true
}

func matrixOf(args []operand) matrix {
	var m matrix
	for i := range 6 {
		m[i] = args[i].n()
	}
	return m
}

// textStateOp: the text state parameters (§9.3) of the graphics state.
func (w *pageWalker) textStateOp(op string, args []operand) bool {
	var param *float64
	switch op {
	case "Tc":
		param = &w.g.tc
	case "Tw":
		param = &w.g.tw
	case "TL":
		param = &w.g.tl
	case "Ts":
		param = &w.g.trise
	case "Tz":
		if len(args) == 1 {
			w.g.th = args[0].n() / 100
		}
		return true
	case "Tr":
		if len(args) == 1 {
			w.g.mode = int(args[0].n())
		}
		return true
	case "Tf":
		if len(args) == 2 {
			w.g.font = w.font(args[0].str)
			w.g.tfs = args[1].n()
		}
		return true
	default:
		return false
	}
	if len(args) == 1 {
		*param = args[0].n()
	}
	return true
}

// textPositionOp: the text object and the text matrices (§9.4.2).
func (w *pageWalker) textPositionOp(op string, args []operand) bool {
	switch op {
	case "BT":
		w.tm, w.tlm = identity, identity
	case "Td", "TD":
		if len(args) == 2 {
			tx, ty := args[0].n(), args[1].n()
			if op == "TD" {
				w.g.tl = -ty
			}
			w.tlm = translate(tx, ty).mul(w.tlm)
			w.tm = w.tlm
		}
	case "Tm":
		if len(args) == 6 {
			w.tm = matrixOf(args)
			w.tlm = w.tm
		}
	case "T*":
		w.nextLine()
	default:
		return false
	}
	return true
}

// showOp: the text-showing operators (§9.4.3).
func (w *pageWalker) showOp(op string, args []operand) bool {
	switch op {
	case "Tj":
		if len(args) == 1 {
			w.show(args[0].str)
		}
	case "'":
		if len(args) == 1 {
			w.nextLine()
			w.show(args[0].str)
		}
	case "\"":
		if len(args) == 3 {
			w.g.tw = args[0].n()
			w.g.tc = args[1].n()
			w.nextLine()
			w.show(args[2].str)
		}
	case "TJ":
		if len(args) == 1 {
			for _, x := range args[0].arr {
				switch x.kind {
				case opStr:
					w.show(x.str)
				case opNum:
					tx := -x.n() / 1000 * w.g.tfs * w.g.th
					w.tm = translate(tx, 0).mul(w.tm)
				}
			}
		}
	default:
		return false
	}
	return true
}

// pathOp: rectangles and lines, kept when painted thin enough to be a
// table's border (the layout cuts cells at them).
func (w *pageWalker) pathOp(op string, args []operand) bool {
	switch op {
	case "re":
		if len(args) == 4 {
			x, y, wd, ht := args[0].n(), args[1].n(), args[2].n(), args[3].n()
			w.addPath(x, y, x+wd, y+ht)
		}
	case "m":
		if len(args) == 2 {
			w.cur = [2]float64{args[0].n(), args[1].n()}
		}
	case "l":
		if len(args) == 2 {
			x, y := args[0].n(), args[1].n()
			w.addPath(w.cur[0], w.cur[1], x, y)
			w.cur = [2]float64{x, y}
		}
	case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*":
		for _, r := range w.path {
			// Keep what can be a border: thin in one direction.
			if (r.x1-r.x0 < 3 && r.y1-r.y0 > 3 || r.y1-r.y0 < 3 && r.x1-r.x0 > 3) && len(w.rules) < maxRules {
				w.rules = append(w.rules, r)
			}
		}
		w.path = w.path[:0]
	case "n":
		w.path = w.path[:0]
	default:
		return false
	}
	return true
}
