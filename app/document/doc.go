// Package document is the official-document engine of the commendation
// desk: it lays out and prints, as PDF, the administrative documents a
// commune People's Committee signs (kế hoạch, tờ trình, quyết định, biên
// bản, báo cáo, danh sách, score tables) following Nghị định 30/2020/NĐ-CP,
// Phụ lục I, as shared/spec/official-documents.md sets out.
//
// A Document is built from a few blocks: the Header of page 1 (authority,
// Quốc hiệu and Tiêu ngữ, Số, place and date), the Title (type name and
// trích yếu), the Kính gửi recipients, body Blocks (Paragraph, made with
// Text, Basis, Heading, LeadIn, Point, Item or Centered; Table; Spacer;
// PageBreak), the Bottom block (Nơi nhận and Signature) and Appendices.
// A Renderer prints it with the caller's Fonts and Settings: A4, margins,
// justified text with first-line indent, page numbers centred in the top
// margin from page 2 (each appendix numbered on its own), table header rows
// repeated on every page and rows never split, the signature never alone at
// the head of a page. All text is normalised to NFC before it is measured
// and drawn.
//
// PlanPDF prints a plan's Kế hoạch from app.Plan.Blocks, the same structure
// app.Plan.Paragraphs prints as text.
//
// The package knows nothing of Fyne, SQL or the embedded assets: fonts come
// in as bytes. Only canvas.go knows the PDF library.
package document
