package document

// Half sheets: small separate sheets (ballots) printed two to a portrait
// A4 page, to be cut apart along a dashed line across the middle.

// halfMargin is the margin, in mm, above and below the text of a half
// sheet, at the edge of the paper as at the cut: each half is an A5 sheet
// of its own once cut.
const halfMargin = 8.0

// cutDash is the length of the dashes (and of the gaps) of the cut line.
const cutDash = 3.0

// sheet is the boxes of one sheet; page tells that it starts a new page
// rather than the lower half of the page before.
type sheet struct {
	boxes []*box
	page  bool
}

// sheets splits a section's boxes into its sheets: the first runs from the
// start, each other from a box that starts a sheet, which is left out.
func sheets(bs []*box) []sheet {
	var out []sheet
	cur := sheet{boxes: []*box{}}
	for _, b := range bs {
		if b.sheet {
			out = append(out, cur)
			cur = sheet{boxes: []*box{}, page: b.sheetPage}
			continue
		}
		cur.boxes = append(cur.boxes, b)
	}
	return append(out, cur)
}

// height returns the height of boxes placed one after the other at the top
// of a page, with none of them breaking the page.
func height(bs []*box) float64 {
	h := 0.0
	for i, b := range bs {
		if b.brk {
			return 1e9
		}
		if i > 0 {
			h += b.before
		}
		h += b.h
	}
	return h
}

// paginateHalves places a section made of sheets two to a page: a sheet
// that fits half a page goes on the lower half of the page when the upper
// half holds a sheet and the lower is free, else on the upper half of a
// new page; a dashed line across the page marks the cut. A sheet too tall
// for half a page is paginated on whole pages of its own. Every page is
// counted as a first page (not numbered), as every sheet is handed out on
// its own.
func (e *engine) paginateHalves(bs []*box) {
	mid := e.pageH / 2
	room := mid - 2*halfMargin
	lowerFree := false
	for _, s := range sheets(bs) {
		sh := s.boxes
		if len(sh) == 0 {
			continue
		}
		if s.page {
			lowerFree = false
		}
		if height(sh) > room+eps {
			e.paginate(sh)
			lowerFree = false
			continue
		}
		if lowerFree {
			e.c.dashed(0, mid, e.pageW, mid, gridW, cutDash)
			e.y = mid + halfMargin
			lowerFree = false
		} else {
			e.pageNo = 0
			e.newPage()
			e.y = halfMargin
			lowerFree = true
		}
		e.atTop = true
		for _, b := range sh {
			e.place(b)
		}
	}
}
