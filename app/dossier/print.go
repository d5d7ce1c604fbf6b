package dossier

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"thidua/app"
	"thidua/app/document"
	"thidua/app/viet"
)

// Certificates prints the Giấy khen of every nomination a Quyết định in
// the register awarded, with the printer profile l, in mode.
func (d *Desk) Certificates(docID int64, l document.CertLayout, mode document.CertMode) ([]byte, error) {
	var certs []document.Certificate
	if mode != document.CertCalibration {
		var err error
		if certs, err = d.CertificateTexts(docID); err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	err := document.RenderCertificates(&buf, d.Fonts, l, certs, mode)
	return buf.Bytes(), err
}

// CertificateTexts are the variable texts of the certificates of a
// decision in the register, in the order of its Danh sách.
func (d *Desk) CertificateTexts(docID int64) ([]document.Certificate, error) {
	doc, err := d.St.Document(docID)
	if err != nil {
		return nil, err
	}
	s, err := document.ParseSnapshot(doc.Snapshot)
	if err != nil {
		return nil, err
	}
	if doc.Kind != app.DocDecision || s.Decision == nil {
		return nil, &app.InvalidError{Problems: []app.Problem{{Where: viet.DocNumber(doc.Number, doc.Symbol),
			Message: "chỉ in giấy khen theo một quyết định khen thưởng"}}}
	}
	if doc.Status == app.DocCancelled {
		return nil, &app.InvalidError{Problems: []app.Problem{{Where: viet.DocNumber(doc.Number, doc.Symbol), Message: "quyết định đã bị hủy"}}}
	}
	in := s.Decision
	date, _ := viet.ParseISO(in.Date)
	number := viet.DocNumber(in.Number, doc.Symbol)
	var out []document.Certificate
	for i, e := range in.Entries {
		if i < len(s.Nominations) {
			// A decision corrected since (not approved after all) gets no certificate.
			if n, err := d.St.Nomination(s.Nominations[i]); err == nil && n.Status != app.NomAwarded {
				continue
			}
		}
		c := document.Certificate{Salutation: "Tập thể", Name: e.Name, PositionUnit: e.PositionUnit,
			Achievement: "Đã có thành tích trong phong trào thi đua “" + viet.Clean(in.Movement) + "” " + in.RoundText,
			PlaceDate:   viet.DateLine(in.Org.Place, date), SignerOffice: strings.Join(in.Authority, "\n"), SignerName: in.SignerName,
			Decision:   "Quyết định số " + number + " ngày " + viet.DisplayISO(in.Date),
			RegisterNo: registerNo(e, number, i),
			Issuer:     viet.Upper("Chủ tịch " + viet.Clean(in.Org.Name))}
		if e.Kind == app.KindIndividual {
			c.Salutation = d.salutation(s.Nominations, e.Name)
		}
		out = append(out, c)
	}
	return out, nil
}

// salutation is "Ông" or "Bà" for the nominee of one of ids named name.
func (d *Desk) salutation(ids []int64, name string) string {
	parts, err := d.St.Participants(app.KindIndividual)
	if err != nil {
		return "Ông/Bà"
	}
	want := map[int64]bool{}
	for _, id := range ids {
		if n, err := d.St.Nomination(id); err == nil {
			want[n.ParticipantID] = true
		}
	}
	for _, p := range parts {
		if want[p.ID] && p.Name == name {
			if p.Gender == app.GenderFemale {
				return "Bà"
			}
			if p.Gender == app.GenderMale {
				return "Ông"
			}
		}
	}
	return "Ông/Bà"
}

// registerNo is the certificate's line "Số vào sổ": the award's number in
// the register of awards, or for a decision issued before awards were
// numbered, the decision's number and the line.
func registerNo(e document.ListEntry, decision string, i int) string {
	if e.RegisterNo > 0 {
		return "Số vào sổ: " + strconv.Itoa(e.RegisterNo)
	}
	return "Số vào sổ: " + decision + "-" + pad2(i+1)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// CertProfilesKey is the setting holding the printer profiles of the
// certificates, by name.
const CertProfilesKey = "certificate.profiles"

// CertProfiles reads the saved printer profiles.
func CertProfiles(st interface{ Setting(string) (string, error) }) (map[string]document.CertLayout, error) {
	out := map[string]document.CertLayout{}
	text, err := st.Setting(CertProfilesKey)
	if err != nil || text == "" {
		return out, err
	}
	if err := json.Unmarshal([]byte(text), &out); err != nil {
		return out, fmt.Errorf("hồ sơ máy in giấy khen không đọc được: %w", err)
	}
	return out, nil
}

// CertProfile returns the profile called name, or the default A4
// landscape layout under that name when none is saved.
func CertProfile(st interface{ Setting(string) (string, error) }, name string) (document.CertLayout, error) {
	ps, err := CertProfiles(st)
	if err != nil {
		return document.CertLayout{}, err
	}
	if l, ok := ps[name]; ok {
		return l, nil
	}
	l := document.DefaultCertLayout("A4", true)
	l.Name = name
	return l, nil
}

// EncodeCertProfiles is the setting text of the profiles, each checked.
func EncodeCertProfiles(ps map[string]document.CertLayout) (string, error) {
	for _, l := range ps {
		if err := l.Validate(); err != nil {
			return "", err
		}
	}
	b, err := json.Marshal(ps)
	return string(b), err
}

// Dossier prints the papers of an award form's round in filing order: the
// Tờ trình with its Danh sách (the issued one, or a draft), the Biên bản
// of the last meeting (issued or draft), then the Báo cáo thành tích of
// each nominee.
func (d *Desk) Dossier(planID, roundID, formID int64) ([]byte, error) {
	prop, err := d.issuedOrDraft(app.DocProposal, func(doc app.Document) bool {
		return doc.RoundID == roundID && doc.AwardFormID == formID
	}, func() (document.Snapshot, error) { return d.ProposalDraft(planID, roundID, formID, "") })
	if err != nil {
		return nil, err
	}
	docs := []*document.Document{}
	pd, err := prop.Document()
	if err != nil {
		return nil, err
	}
	docs = append(docs, pd)
	if mins, err := d.latestMinutes(roundID); err == nil && mins != nil {
		docs = append(docs, mins)
	} else if err != nil {
		return nil, err
	}
	for _, id := range prop.Nominations {
		in, err := d.ReportInput(id)
		if err != nil {
			return nil, err
		}
		rd, err := document.ReportDocument(in)
		if err != nil {
			return nil, err
		}
		docs = append(docs, rd)
	}
	settings, err := document.ParseSettings(prop.Page)
	if err != nil {
		return nil, err
	}
	r, err := document.NewRenderer(d.Fonts, settings)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = r.RenderAll(&buf, docs)
	return buf.Bytes(), err
}

// issuedOrDraft is the snapshot of the latest paper of kind issued (not
// cancelled) that matches, or a draft.
func (d *Desk) issuedOrDraft(kind string, match func(app.Document) bool, draft func() (document.Snapshot, error)) (document.Snapshot, error) {
	docs, err := d.St.Documents(app.DocumentFilter{Kind: kind})
	if err != nil {
		return document.Snapshot{}, err
	}
	for _, doc := range docs {
		if doc.Status == app.DocIssued && match(doc) {
			full, err := d.St.Document(doc.ID)
			if err != nil {
				return document.Snapshot{}, err
			}
			return document.ParseSnapshot(full.Snapshot)
		}
	}
	return draft()
}

// latestMinutes is the Biên bản of the round's last meeting, nil when the
// round has no meeting with votes.
func (d *Desk) latestMinutes(roundID int64) (*document.Document, error) {
	ms, err := d.St.Meetings(roundID)
	if err != nil || len(ms) == 0 {
		return nil, err
	}
	m := ms[len(ms)-1]
	s, err := d.issuedOrDraft(app.DocMinutes, func(doc app.Document) bool { return doc.MeetingID == m.ID },
		func() (document.Snapshot, error) { return d.MinutesDraft(m.ID) })
	if err != nil {
		return nil, err
	}
	if s.Minutes == nil || len(s.Minutes.Items) == 0 {
		return nil, nil
	}
	return s.Document()
}
