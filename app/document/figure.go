package document

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"image/png"
)

// Figure is a picture of the body, such as a chart: a PNG image centred
// on the text width (or Width millimetres), its caption centred in italics
// under it. Picture and caption are never split across pages. Two
// different pictures of a document must differ in width (in pixels).
type Figure struct {
	PNG     []byte
	Width   float64 // mm; 0 is the text width
	Caption string
}

// boxes of a Figure: the picture, kept with its caption lines. An image
// that cannot be read takes no room.
func (f Figure) boxes(e *engine, last bool) []*box {
	cfg, err := png.DecodeConfig(bytes.NewReader(f.PNG))
	if err != nil || cfg.Width == 0 {
		return nil
	}
	w := f.Width
	if w <= 0 || w > e.textW {
		w = e.textW
	}
	h := w * float64(cfg.Height) / float64(cfg.Width)
	if max := (e.limit - e.top) * 0.8; h > max {
		w, h = w*max/h, max
	}
	sum := sha256.Sum256(f.PNG)
	name := "fig-" + hex.EncodeToString(sum[:8])
	x := e.left + (e.textW-w)/2
	img := &box{h: h, before: e.s.ParaSpacing * ptMM, keep: true,
		draw: func(y float64) { e.c.image(name, f.PNG, cfg.Width, x, y, w, h) }}
	out := []*box{img}
	if f.Caption != "" {
		size := e.s.BodySize - 1
		ls := e.layoutText([]Run{{Text: f.Caption, Style: Italic}}, textSpec{align: AlignCenter, x: e.left, w: e.textW, size: size})
		caps := e.lineBoxes(ls, e.bodyLine(size))
		for _, b := range caps {
			b.keep = true
		}
		caps[len(caps)-1].keep = last
		out = append(out, caps...)
	} else {
		img.keep = last
	}
	return out
}
