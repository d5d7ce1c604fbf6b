package screens

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/entityio"
)

// fieldLabels name the participant fields for the mapping step.
var fieldLabels = []struct {
	field entityio.Field
	label string
}{
	{"", "(bỏ qua cột này)"}, {entityio.FName, "Họ và tên / Tên tập thể"}, {entityio.FGender, "Giới tính"},
	{entityio.FFemaleMark, "Đánh dấu nữ (x)"}, {entityio.FMaleMark, "Đánh dấu nam (x)"},
	{entityio.FBirthDate, "Ngày sinh"}, {entityio.FEthnicity, "Dân tộc"}, {entityio.FHometown, "Quê quán"},
	{entityio.FResidence, "Nơi thường trú"}, {entityio.FUnit, "Đơn vị"}, {entityio.FPosition, "Chức vụ"},
	{entityio.FQualification, "Trình độ chuyên môn"}, {entityio.FPoliticalTheory, "Lý luận chính trị"},
	{entityio.FPhone, "Điện thoại"}, {entityio.FHead, "Người đứng đầu"}, {entityio.FMembers, "Số thành viên"},
	{entityio.FWomen, "Số nữ"},
	{entityio.FParent, "Cơ quan cấp trên"}, {entityio.FNote, "Ghi chú"}, {entityio.FSuspendedNote, "Xem xét kỷ luật, thanh tra, khiếu nại"},
	{entityio.FKind, "Loại (tập thể / cá nhân)"},
}

// importer is one import from a file: its tables, the clerk's mapping of
// their columns, and the preview.
type importer struct {
	ps       *ParticipantsScreen
	name     string
	tables   []entityio.Table
	mappings []entityio.Mapping
	kinds    []app.Kind
	reports  []*entityio.Report
}

func (ps *ParticipantsScreen) onImport() {
	ps.shell.openFile([]string{".xlsx", ".csv", ".txt", ".XLSX", ".CSV"}, entityio.MaxFile,
		func(name string, b []byte) { ps.importBytes(name, b) })
}

// importBytes starts an import: read the file, guess the columns, show the
// mapping step. A long list takes a while to read; the clerk may cancel.
func (ps *ParticipantsScreen) importBytes(name string, b []byte) {
	ps.shell.longJob("Đang đọc "+name, true, func(context.Context) func() {
		im, err := ps.readImport(name, b)
		return func() {
			if err != nil {
				ps.shell.showError(err)
				return
			}
			im.showMapping()
		}
	})
}

// readImport reads the file's tables and guesses what their columns hold.
func (ps *ParticipantsScreen) readImport(name string, b []byte) (*importer, error) {
	tables, err := entityio.Read(name, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	im := &importer{ps: ps, name: name, tables: tables}
	for _, t := range tables {
		m, kind, _ := entityio.Guess(t.Headers)
		im.mappings = append(im.mappings, m)
		im.kinds = append(im.kinds, kind)
	}
	return im, nil
}

func (im *importer) showMapping() {
	var labels []string
	for _, fl := range fieldLabels {
		labels = append(labels, fl.label)
	}
	box := container.NewVBox(textLabel("Kiểm tra cột nào là thông tin gì; ứng dụng đã tự nhận theo tiêu đề cột."))
	for ti, t := range im.tables {
		kind := widget.NewRadioGroup([]string{app.KindCollective.Label(), app.KindIndividual.Label()}, nil)
		kind.Horizontal = true
		kind.SetSelected(im.kinds[ti].Label())
		kind.OnChanged = func(s string) {
			im.kinds[ti] = app.KindIndividual
			if s == app.KindCollective.Label() {
				im.kinds[ti] = app.KindCollective
			}
		}
		box.Add(heading(fmt.Sprintf("Bảng “%s” — %d dòng (%s)", t.Sheet, len(t.Rows), t.Encoding)))
		box.Add(container.NewHBox(widget.NewLabel("Danh sách"), kind))
		form := widget.NewForm()
		for ci, h := range t.Headers {
			sel := widget.NewSelect(labels, nil)
			sel.SetSelected(labelOf(im.mappings[ti][ci]))
			sel.OnChanged = func(s string) { im.mappings[ti][ci] = fieldOf(s) }
			form.Append(orDash(h), sel)
		}
		box.Add(form)
	}
	sc := container.NewVScroll(box)
	sc.SetMinSize(fyne.NewSize(640, 460))
	dialog.ShowCustomConfirm("Nhập từ Excel: các cột", "Xem trước", "Hủy", sc, func(ok bool) {
		if ok {
			im.preview()
		}
	}, im.ps.shell.win)
}

func labelOf(f entityio.Field) string {
	for _, fl := range fieldLabels {
		if fl.field == f {
			return fl.label
		}
	}
	return fieldLabels[0].label
}

func fieldOf(label string) entityio.Field {
	for _, fl := range fieldLabels {
		if fl.label == label {
			return fl.field
		}
	}
	return ""
}

// parse builds the reports, collectives first so that people may belong to
// a unit listed in the same file. It reads the store: the caller shows
// the error.
func (im *importer) parse() error {
	existing, err := im.ps.shell.deps.Store.Participants("")
	im.reports = nil
	for _, collectivesFirst := range []bool{true, false} {
		for i, t := range im.tables {
			if (im.kinds[i] == app.KindCollective) != collectivesFirst {
				continue
			}
			r := entityio.Parse(t, im.mappings[i], im.kinds[i], existing)
			existing = append(existing, r.Valid()...)
			im.reports = append(im.reports, r)
		}
	}
	return err
}

// preview checks the rows against each other and the stored list, off the
// UI goroutine (the clerk may cancel), then shows what it found.
func (im *importer) preview() {
	im.ps.shell.longJob("Đang kiểm tra "+im.name, true, func(context.Context) func() {
		err := im.parse()
		return func() {
			if err != nil {
				im.ps.shell.showError(err)
			}
			im.showPreview()
		}
	})
}

// showPreview lists every row with a problem and every duplicate, then asks.
func (im *importer) showPreview() {
	var text strings.Builder
	valid, invalid := 0, 0
	for _, r := range im.reports {
		fmt.Fprintf(&text, "Bảng “%s” (%s): %s\n", r.Table, r.Kind.Label(), r.Summary())
		r.WriteText(&text)
		text.WriteString("\n")
		valid += len(r.Valid())
		invalid += len(r.Invalid())
	}
	sc := container.NewVScroll(textLabel(text.String()))
	sc.SetMinSize(fyne.NewSize(720, 380))
	skip := widget.NewCheck(fmt.Sprintf("Bỏ qua %d dòng lỗi, nhập %d dòng hợp lệ", invalid, valid), nil)
	// The choice stays in sight below the list, however long it is.
	var choice fyne.CanvasObject
	if invalid > 0 {
		choice = container.NewVBox(widget.NewSeparator(),
			textLabel("Có dòng lỗi: nếu không chọn bỏ qua, sẽ không nhập dòng nào. Có thể sửa trong Excel rồi nhập lại."), skip)
	}
	body := container.NewBorder(nil, choice, nil, nil, sc)
	dialog.ShowCustomConfirm("Nhập từ Excel: xem trước", "Nhập", "Hủy", body, func(ok bool) {
		if ok {
			im.write(skip.Checked)
		}
	}, im.ps.shell.win)
}

// write imports the valid rows in one transaction; with invalid rows it
// writes nothing unless the clerk chose to skip them. The writing runs off
// the UI goroutine and cannot be cancelled halfway.
func (im *importer) write(skipInvalid bool) {
	var valid []app.Participant
	invalid := 0
	for _, r := range im.reports {
		valid = append(valid, r.Valid()...)
		invalid += len(r.Invalid())
	}
	if invalid > 0 && !skipInvalid {
		im.ps.shell.showError(fmt.Errorf("có %d dòng lỗi nên chưa nhập dòng nào; sửa tệp hoặc chọn bỏ qua các dòng lỗi", invalid))
		return
	}
	if len(valid) == 0 {
		dialog.ShowInformation("Nhập từ Excel", "Không có đối tượng mới nào để nhập (các dòng đều đã có hoặc bị lỗi).", im.ps.shell.win)
		return
	}
	st := im.ps.shell.deps.Store
	im.ps.shell.longJob(fmt.Sprintf("Đang nhập %d đối tượng", len(valid)), false, func(context.Context) func() {
		_, err := st.ImportParticipants(valid, im.name)
		return func() {
			if err != nil {
				im.ps.shell.showError(err)
				return
			}
			msg := fmt.Sprintf("Đã nhập %d đối tượng.", len(valid))
			if invalid > 0 {
				msg += fmt.Sprintf(" Đã bỏ qua %d dòng lỗi (xem danh sách ở bước xem trước).", invalid)
			}
			dialog.ShowInformation("Nhập từ Excel", msg, im.ps.shell.win)
			im.ps.reload()
		}
	})
}

func (ps *ParticipantsScreen) onExport() {
	cols := ps.roster.All(app.KindCollective)
	inds := ps.roster.All(app.KindIndividual)
	var buf bytes.Buffer
	if err := entityio.Export(&buf, cols, inds); err != nil {
		ps.shell.showError(err)
		return
	}
	ps.shell.saveFile(buf.Bytes(), "Danh-sach-doi-tuong.xlsx")
}
