package document

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
	"time"
)

// figurePNG is a w×h picture filled with c.
func figurePNG(t *testing.T, w, h int, c color.Color) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func figureRender(t *testing.T, d *Document) ([]byte, error) {
	t.Helper()
	r, err := NewRenderer(testFonts(t), DefaultSettings())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	err = r.Render(&buf, d)
	return buf.Bytes(), err
}

// TestFigurePrintsPicturesInOneOrder: pictures are stored once each, and
// a document prints to the same bytes every time; two different pictures
// of the same width, which the PDF writer could store in either order,
// are refused.
func TestFigurePrintsPicturesInOneOrder(t *testing.T) {
	red, blue := figurePNG(t, 160, 90, color.RGBA{255, 0, 0, 255}), figurePNG(t, 161, 90, color.RGBA{0, 0, 255, 255})
	d := &Document{Created: time.Date(2024, 12, 20, 12, 0, 0, 0, time.UTC), Body: []Block{Figure{PNG: red, Caption: "Biểu đồ 1. Đỏ"}, Figure{PNG: blue, Width: 80}, Figure{PNG: red}}}
	first, err := figureRender(t, d)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(first, []byte("/Subtype /Image")); n != 2 {
		t.Errorf("%d pictures stored, want 2", n)
	}
	for range 5 {
		if again, _ := figureRender(t, d); !bytes.Equal(again, first) {
			t.Fatal("the same document printed to different bytes")
		}
	}
	d.Body = append(d.Body, Figure{PNG: figurePNG(t, 160, 90, color.RGBA{0, 255, 0, 255})})
	if _, err := figureRender(t, d); err == nil {
		t.Error("two pictures of the same width printed without an error")
	}
}
