package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"text/tabwriter"
	"time"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/dossier"
	"thidua/app/viet"
)

// numberHelp says what --number of an issued paper is.
const numberHelp = "số theo sổ văn bản đi của cơ quan (số văn thư cấp; không ghi thì lấy số tiếp theo trong sổ của ứng dụng)"

func documentCommands() []command {
	const form = "--plan MÃ --round NĂM|final --award MÃ|TÊN"
	return []command{
		{"pdf proposal", form + " [--date dd/mm/yyyy] [--signer MÃ|TÊN] [--issue [--number SỐ]] -o TỆP.pdf", "in tờ trình đề nghị khen thưởng kèm danh sách (hình thức do Chủ tịch xã quyết định: tờ trình của Hội đồng Thi đua - Khen thưởng, người ký là Chủ tịch hoặc Phó Chủ tịch Hội đồng; hình thức cấp trên: tờ trình của Ủy ban nhân dân; người ký mặc định: Chủ tịch); --issue cấp số, vào sổ và chuyển các đề nghị sang “đã trình”; --number " + numberHelp, cmdPDFProposal},
		{"pdf decision", form + " [--date dd/mm/yyyy] [--signer MÃ|TÊN] [--cash-collective ĐỒNG] [--cash-individual ĐỒNG] [--issue [--number SỐ]] -o TỆP.pdf", "in quyết định khen thưởng của Chủ tịch kèm danh sách (người ký mặc định: Chủ tịch; tiền thưởng Điều 2 mặc định theo nghị định và mức lương cơ sở có hiệu lực vào ngày quyết định); --issue cấp số, vào sổ và ghi khen thưởng; --number " + numberHelp, cmdPDFDecision},
		{"pdf minutes", "--meeting MÃ [--date dd/mm/yyyy] [--ended \"16 giờ 30\"] [--issue [--number SỐ]] -o TỆP.pdf", "in biên bản họp Hội đồng Thi đua - Khen thưởng (--ended: giờ kết thúc cuộc họp); --issue cấp số và vào sổ; --number " + numberHelp, cmdPDFMinutes},
		{"pdf report", "--nomination MÃ -o TỆP.pdf", "in báo cáo thành tích của người (tập thể) được đề nghị", cmdPDFReport},
		{"pdf certificates", "--decision MÃ_VĂN_BẢN [--profile TÊN] [--calibration] [--sample] [--plain] -o TỆP.pdf", "in giấy khen theo quyết định (lên phôi; --calibration trang căn chỉnh; --sample in thử giấy khen đầu tiên lên một tờ phôi để xem độ lệch — lệch ngang dương dời chữ sang phải, dọc dương dời xuống; --plain trên giấy trắng)", cmdPDFCertificates},
		{"pdf dossier", form + " -o TỆP.pdf", "in cả hồ sơ theo thứ tự: tờ trình, danh sách, biên bản, báo cáo thành tích", cmdPDFDossier},
		{"documents list", "[--year NĂM] [--kind TTr|QĐ|BB] [--json]", "sổ văn bản đi", cmdDocumentsList},
		{"documents print", "MÃ -o TỆP.pdf", "in lại văn bản đã ban hành, đúng như bản đã ban hành", cmdDocumentsPrint},
		{"documents cancel", "MÃ --reason LÝ_DO", "hủy văn bản (số không dùng lại)", cmdDocumentsCancel},
	}
}

// desk opens the store and the papers desk on it.
func (c *call) desk() (Store, *dossier.Desk, error) {
	st, err := c.open()
	if err != nil {
		return nil, nil, err
	}
	return st, &dossier.Desk{St: st, Fonts: c.env.Fonts}, nil
}

// isoFlag reads an optional dd/mm/yyyy flag as ISO ("" when not given).
func isoFlag(name, text string) (string, error) {
	if text == "" {
		return "", nil
	}
	t, err := viet.ParseDate(text)
	if err != nil {
		return "", &app.InvalidError{Problems: []app.Problem{{Where: "--" + name, Message: err.Error()}}}
	}
	return viet.ISO(t), nil
}

// paperFlags are the flags of the papers that can be issued: --date,
// --issue, --number (the number of the office's register, sổ văn bản đi;
// 0 takes the app's next) and -o.
type paperFlags struct {
	date, out *string
	issue     *bool
	number    *int
}

func (c *call) paperFlags() paperFlags {
	return paperFlags{date: c.fs.String("date", "", ""), out: c.fs.String("o", "", ""), issue: c.fs.Bool("issue", false, ""),
		number: c.fs.Int("number", 0, "")}
}

// numbered is line with the number --number gave; without --issue a
// number is refused, as a draft takes none.
func (pf paperFlags) numbered(line app.Document) (app.Document, error) {
	switch {
	case *pf.number < 0:
		return line, &app.InvalidError{Problems: []app.Problem{{Where: "--number", Message: "số theo sổ văn bản đi của cơ quan là số nguyên dương"}}}
	case *pf.number > 0 && !*pf.issue:
		return line, usagef("--number chỉ dùng cùng --issue (bản nháp chưa có số)")
	}
	line.Number = *pf.number
	return line, nil
}

// formFlags are --plan, --round and --award resolved against the store.
type formFlags struct {
	roundFlags
	award *string
}

func (c *call) formFlags() formFlags { return formFlags{c.roundFlags(), c.fs.String("award", "", "")} }

func (f formFlags) resolve(st Store) (*app.Plan, app.Round, app.AwardForm, error) {
	if *f.plan <= 0 || *f.round == "" || *f.award == "" {
		return nil, app.Round{}, app.AwardForm{}, usagef("cần --plan MÃ, --round (năm hoặc final) và --award (mã hoặc tên hình thức)")
	}
	p, err := st.Plan(*f.plan)
	if err != nil {
		return nil, app.Round{}, app.AwardForm{}, err
	}
	r, err := findRound(p, *f.round)
	if err != nil {
		return nil, r, app.AwardForm{}, err
	}
	form, err := findForm(p, *f.award)
	return p, r, form, err
}

func cmdPDFProposal(env *Env, c *call) error {
	return c.letterPDF(env, func(d *dossier.Desk, p *app.Plan, r app.Round, f app.AwardForm, date string) (document.Snapshot, error) {
		return d.ProposalDraft(p.ID, r.ID, f.ID, date)
	})
}

func cmdPDFDecision(env *Env, c *call) error {
	col, ind := c.fs.Int64("cash-collective", -1, ""), c.fs.Int64("cash-individual", -1, "")
	return c.letterPDF(env, func(d *dossier.Desk, p *app.Plan, r app.Round, f app.AwardForm, date string) (document.Snapshot, error) {
		s, err := d.DecisionDraft(p.ID, r.ID, f.ID, date)
		if err == nil && *col >= 0 {
			s.Decision.CashCollective = *col
		}
		if err == nil && *ind >= 0 {
			s.Decision.CashIndividual = *ind
		}
		return s, err
	})
}

// letterPDF prints a Tờ trình or a Quyết định: a draft with blanks for
// the number, or with --issue the issued paper.
func (c *call) letterPDF(env *Env, draft func(*dossier.Desk, *app.Plan, app.Round, app.AwardForm, string) (document.Snapshot, error)) error {
	f, pf, signer := c.formFlags(), c.paperFlags(), c.fs.String("signer", "", "")
	if err := c.parse(0); err != nil {
		return err
	}
	if *pf.out == "" {
		return usagef("thiếu -o TỆP.pdf")
	}
	iso, err := isoFlag("date", *pf.date)
	if err != nil {
		return err
	}
	st, desk, err := c.desk()
	if err != nil {
		return err
	}
	defer st.Close()
	p, r, form, err := f.resolve(st)
	if err != nil {
		return err
	}
	snap, err := draft(desk, p, r, form, iso)
	if err != nil {
		return err
	}
	if *signer != "" {
		ss, err := desk.Signers(snap)
		if err != nil {
			return err
		}
		id, err := findSigner(ss, *signer, snap.AuthorityKind() == app.DocCouncil)
		if err != nil {
			return err
		}
		if err := desk.Sign(&snap, id); err != nil {
			return err
		}
	}
	line := app.Document{PlanID: p.ID, RoundID: r.ID, AwardFormID: form.ID}
	return c.finish(env, st, desk, snap, pf, iso, line)
}

// findSigner finds a signer of ss by ID or by name; on the council's
// Tờ trình (council) they are the council's members.
func findSigner(ss []app.Signer, key string, council bool) (int64, error) {
	if id, err := strconv.ParseInt(key, 10, 64); err == nil {
		for _, s := range ss {
			if s.ID == id {
				return id, nil
			}
		}
	}
	if s, ok := app.SignerNamed(ss, key); ok {
		return s.ID, nil
	}
	if council {
		return 0, fmt.Errorf("người ký %q: tờ trình của Hội đồng Thi đua - Khen thưởng do Chủ tịch hoặc Phó Chủ tịch Hội đồng ký (mã là mã thành viên Hội đồng): %w", key, app.ErrNotFound)
	}
	return 0, fmt.Errorf("người ký %q (xem Cài đặt → Người ký): %w", key, app.ErrNotFound)
}

// finish writes a draft, or issues the paper (with the number --number
// gave, else the app's next) and writes it.
func (c *call) finish(env *Env, st Store, desk *dossier.Desk, snap document.Snapshot, pf paperFlags, date string, line app.Document) error {
	line, err := pf.numbered(line)
	if err != nil {
		return err
	}
	out := *pf.out
	if !*pf.issue {
		if formatOf(out) != asPDF {
			doc, err := snap.Document()
			if err != nil {
				return err
			}
			return writePaper(env, snap.Page, doc, out, "bản nháp, chưa có số")
		}
		pdf, err := desk.Render(snap)
		if err != nil {
			return err
		}
		return writeOut(env, out, pdf, "bản nháp, chưa có số")
	}
	if date == "" {
		date = viet.ISO(time.Now())
	}
	// Make sure the paper can be written before a number is taken: the
	// draft, of the paper's size, is written and synced beside the file
	// (an empty probe would pass on a full disk).
	draft, err := desk.Render(snap)
	if err != nil {
		return err
	}
	if err := probeWrite(out+".tmp", draft); err != nil {
		return fmt.Errorf("không ghi được %s (ổ đầy, hoặc thư mục không cho ghi), chưa cấp số: %w", out, err)
	}
	doc, err := desk.Issue(snap, date, line)
	if err != nil {
		return err
	}
	number := viet.DocNumber(doc.Number, doc.Symbol)
	what := "số " + number + ", đã vào sổ văn bản (mã " + strconv.FormatInt(doc.ID, 10) + ")"
	if formatOf(out) != asPDF {
		if err := giveCopy(env, desk, doc.ID, out, what); err != nil {
			return fmt.Errorf("văn bản đã được cấp số %s và vào sổ (mã %d) nhưng %w; lưu lại bằng: thidua documents print %d -o %s",
				number, doc.ID, err, doc.ID, filepath.Base(out))
		}
		return nil
	}
	if err := writeOut(env, out, doc.PDF, what); err != nil {
		return fmt.Errorf("văn bản đã được cấp số %s và vào sổ (mã %d) nhưng %w; in lại bằng: thidua documents print %d -o TỆP.pdf",
			number, doc.ID, err, doc.ID)
	}
	return nil
}

// giveCopy writes a copy of an issued paper as a Word file or its Danh
// sách as Excel, as issued, and notes in the register that it was given
// out.
func giveCopy(env *Env, desk *dossier.Desk, id int64, out, what string) error {
	b, _, err := desk.Copy(id, formatOf(out).name())
	if err != nil {
		return listError(err)
	}
	if err := writeFile(env, out, b, formatOf(out), what); err != nil {
		return err
	}
	return desk.St.RecordCopy(id, formatOf(out).name())
}

// probeWrite writes b to probe, syncs it to the disk and removes it.
func probeWrite(probe string, b []byte) error {
	f, err := os.Create(probe)
	if err != nil {
		return err
	}
	defer os.Remove(probe)
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func writeOut(env *Env, out string, pdf []byte, what string) error {
	if err := writeFileAtomic(out, pdf); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã in ra %s (%s).\n", out, what)
	return nil
}

func cmdPDFMinutes(env *Env, c *call) error {
	meeting, pf, ended := c.fs.Int64("meeting", 0, ""), c.paperFlags(), c.fs.String("ended", "", "")
	if err := c.parse(0); err != nil {
		return err
	}
	if *meeting <= 0 || *pf.out == "" {
		return usagef("cần --meeting MÃ và -o TỆP.pdf")
	}
	iso, err := isoFlag("date", *pf.date)
	if err != nil {
		return err
	}
	st, desk, err := c.desk()
	if err != nil {
		return err
	}
	defer st.Close()
	snap, err := desk.MinutesDraft(*meeting)
	if err != nil {
		return err
	}
	snap.Minutes.EndedAt = viet.Clean(*ended)
	m := snap.Minutes.Meeting
	if iso == "" {
		iso = m.Date()
	}
	line := app.Document{PlanID: m.PlanID, RoundID: m.RoundID, MeetingID: m.ID}
	return c.finish(env, st, desk, snap, pf, iso, line)
}

func cmdPDFReport(env *Env, c *call) error {
	nom, out := c.fs.Int64("nomination", 0, ""), c.fs.String("o", "", "")
	if err := c.parse(0); err != nil {
		return err
	}
	if *nom <= 0 || *out == "" {
		return usagef("cần --nomination MÃ và -o TỆP.pdf")
	}
	st, desk, err := c.desk()
	if err != nil {
		return err
	}
	defer st.Close()
	in, err := desk.ReportInput(*nom)
	if err != nil {
		return err
	}
	d, err := document.ReportDocument(in)
	if err != nil {
		return err
	}
	page, err := st.Setting(document.SettingsKey)
	if err != nil {
		return err
	}
	return c.renderTo(env, page, d, *out)
}

func cmdPDFCertificates(env *Env, c *call) error {
	doc, profile := c.fs.Int64("decision", 0, ""), c.fs.String("profile", "Mặc định", "")
	calib, plain, out := c.fs.Bool("calibration", false, ""), c.fs.Bool("plain", false, ""), c.fs.String("o", "", "")
	sample := c.fs.Bool("sample", false, "")
	if err := c.parse(0); err != nil {
		return err
	}
	if (*doc <= 0 && !*calib) || *out == "" {
		return usagef("cần --decision MÃ (mã văn bản của quyết định trong sổ) và -o TỆP.pdf")
	}
	if err := onlyPDF(*out, "giấy khen in lên phôi"); err != nil {
		return err
	}
	st, desk, err := c.desk()
	if err != nil {
		return err
	}
	defer st.Close()
	l, err := dossier.CertProfile(st, *profile)
	if err != nil {
		return err
	}
	mode := document.CertOverlay
	switch {
	case *calib:
		mode = document.CertCalibration
	case *sample:
		mode = document.CertSample
	case *plain:
		mode = document.CertPlain
	}
	pdf, err := desk.Certificates(*doc, l, mode)
	if err != nil {
		return err
	}
	return writeOut(env, *out, pdf, "hồ sơ máy in “"+l.Name+"”")
}

func cmdPDFDossier(env *Env, c *call) error {
	f := c.formFlags()
	out := c.fs.String("o", "", "")
	if err := c.parse(0); err != nil {
		return err
	}
	if *out == "" {
		return usagef("thiếu -o TỆP.pdf")
	}
	if err := onlyPDF(*out, "hồ sơ (các văn bản nối nhau)"); err != nil {
		return err
	}
	st, desk, err := c.desk()
	if err != nil {
		return err
	}
	defer st.Close()
	p, r, form, err := f.resolve(st)
	if err != nil {
		return err
	}
	pdf, err := desk.Dossier(p.ID, r.ID, form.ID)
	if err != nil {
		return err
	}
	return writeOut(env, *out, pdf, "hồ sơ "+form.Name)
}

// documentLine is a line of `documents list --json`.
type documentLine struct {
	ID       int64  `json:"id"`
	Number   string `json:"number"`
	Kind     string `json:"kind"`
	IssuedOn string `json:"issued_on"`
	Title    string `json:"title"`
	Signer   string `json:"signer"`
	Status   string `json:"status"`
	Reason   string `json:"cancel_reason"`
	SHA256   string `json:"pdf_sha256"`
	// AuditLines and AuditHead anchor the audit log (see audit verify).
	AuditLines int    `json:"audit_lines"`
	AuditHead  string `json:"audit_head"`
}

func cmdDocumentsList(env *Env, c *call) error {
	year, kind, asJSON := c.fs.Int("year", 0, ""), c.fs.String("kind", "", ""), c.fs.Bool("json", false, "")
	if err := c.parse(0); err != nil {
		return err
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	docs, err := st.Documents(app.DocumentFilter{Year: *year, Kind: *kind})
	if err != nil {
		return err
	}
	lines := []documentLine{}
	for _, d := range docs {
		lines = append(lines, documentLine{d.ID, viet.DocNumber(d.Number, d.Symbol), d.Kind, d.IssuedOn, d.Title, d.Signer, d.Status, d.CancelReason, d.PDFHash, d.AuditLines, d.AuditHead})
	}
	if *asJSON {
		enc := jsonOut(env.Stdout)
		return enc.Encode(lines)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "Mã\tSố\tNgày\tTrích yếu\tNgười ký\tTình trạng")
	for _, l := range lines {
		status := "ban hành"
		if l.Status == app.DocCancelled {
			status = "đã hủy: " + l.Reason
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", l.ID, l.Number, viet.DisplayISO(l.IssuedOn), l.Title, l.Signer, status)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%d văn bản.\n", len(lines))
	return nil
}

// docID reads the positional document ID.
func (c *call) docID() (int64, error) {
	id, err := strconv.ParseInt(c.args[0], 10, 64)
	if err != nil || id <= 0 {
		return 0, usagef("MÃ là số, xem bằng lệnh documents list")
	}
	return id, nil
}

func cmdDocumentsPrint(env *Env, c *call) error {
	out := c.fs.String("o", "", "")
	if err := c.parse(1); err != nil {
		return err
	}
	id, err := c.docID()
	if err != nil {
		return err
	}
	if *out == "" {
		return usagef("thiếu -o TỆP.pdf")
	}
	st, desk, err := c.desk()
	if err != nil {
		return err
	}
	defer st.Close()
	if formatOf(*out) != asPDF {
		return giveCopy(env, desk, id, *out, "bản sao như đã ban hành")
	}
	pdf, doc, err := desk.Reprint(id)
	if err != nil {
		return err
	}
	what := "in lại " + viet.DocNumber(doc.Number, doc.Symbol)
	if doc.Status == app.DocCancelled {
		what += ", văn bản đã hủy"
	}
	if !bytes.Equal(pdf, doc.PDF) {
		what += ", khác bản lưu"
	}
	return writeOut(env, *out, pdf, what)
}

func cmdDocumentsCancel(env *Env, c *call) error {
	reason := c.fs.String("reason", "", "")
	if err := c.parse(1); err != nil {
		return err
	}
	id, err := c.docID()
	if err != nil {
		return err
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.CancelDocument(id, *reason); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã hủy văn bản mã %d; số của nó không được dùng lại.\n", id)
	return nil
}
