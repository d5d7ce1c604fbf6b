// Package app holds the domain of the commendation desk: the types of an
// emulation movement (plan, participants, scores, council, nominations,
// documents), their validation and rules, and the store interfaces the
// screens and the command line use. It knows nothing of Fyne or SQL.
package app

// Kind tells a collective (tập thể) from an individual (cá nhân).
type Kind string

// The two kinds of participant.
const (
	KindCollective Kind = "collective"
	KindIndividual Kind = "individual"
)

// Label returns the Vietnamese name of the kind.
func (k Kind) Label() string {
	switch k {
	case KindCollective:
		return "Tập thể"
	case KindIndividual:
		return "Cá nhân"
	}
	return string(k)
}

// Valid reports whether k is one of the two kinds.
func (k Kind) Valid() bool { return k == KindCollective || k == KindIndividual }

// Organisation is the issuing authority that uses the app: its name as it
// appears in document headers, its parent authority and the place name used in
// date lines.
type Organisation struct {
	Name         string `json:"name"`          // Ủy ban nhân dân xã Hòa Phong
	ShortName    string `json:"short_name"`    // UBND xã Hòa Phong
	Parent       string `json:"parent"`        // Ủy ban nhân dân tỉnh Hưng Yên
	Place        string `json:"place"`         // Hòa Phong (for "Hòa Phong, ngày …")
	Abbreviation string `json:"abbreviation"`  // UBND (the issuer part of symbols)
	Level        Level  `json:"level"`         // xa
	CouncilName  string `json:"council_name"`  // Hội đồng Thi đua - Khen thưởng xã
	CouncilAbbr  string `json:"council_abbr"`  // HĐTĐKT
	ClerkName    string `json:"clerk_name"`    // the clerk who prepares documents
	ClerkOffice  string `json:"clerk_office"`  // Văn phòng - Thống kê
	DefaultPlace string `json:"default_place"` // where meetings are held
	// Upper is the district-level People's Committee the commune proposed
	// through ("Ủy ban nhân dân thị xã Mỹ Hào"), up to and including
	// UpperUntil (ISO; the district level ended on 30/06/2025). Papers
	// dated later are addressed to the province.
	Upper      string `json:"upper,omitempty"`
	UpperUntil string `json:"upper_until,omitempty"`
	// Regulation is the province's regulation on emulation and awards as
	// the papers cite it after "Căn cứ " ("" when not recorded).
	Regulation string `json:"regulation,omitempty"`
	// Periods are the structure of the administration over time, oldest
	// first: each paper takes the one in force on its own date (On). The
	// fields above stand for a date no period covers.
	Periods []OrgPeriod `json:"periods,omitempty"`
}

// OrgPeriod is the structure the organisation had from From to Until
// (ISO, both days included; "" leaves that end open): its name as issuer,
// the line printed above the name in a paper's header (Parent, "" for
// none), the district-level People's Committee it proposed through
// (Upper, "" when none) and its province ("tỉnh Hưng Yên").
type OrgPeriod struct {
	ID       int64  `json:"id,omitempty"`
	From     string `json:"from,omitempty"`
	Until    string `json:"until,omitempty"`
	Name     string `json:"name"`
	Parent   string `json:"parent,omitempty"`
	Upper    string `json:"upper,omitempty"`
	Province string `json:"province,omitempty"`
}

// Level is the administrative level of an issuer.
type Level string

// Administrative levels. District level (huyện, thị xã) ceased to exist on
// 01/07/2025 but stays valid data for plans written before.
const (
	LevelProvince Level = "tinh"
	LevelDistrict Level = "huyen"
	LevelCommune  Level = "xa"
)

// Label returns the Vietnamese name of the level.
func (l Level) Label() string {
	switch l {
	case LevelProvince:
		return "Tỉnh"
	case LevelDistrict:
		return "Huyện, thị xã"
	case LevelCommune:
		return "Xã"
	}
	return string(l)
}

// Valid reports whether l is a known level.
func (l Level) Valid() bool {
	return l == LevelProvince || l == LevelDistrict || l == LevelCommune
}

// Signer is a person who signs documents for the organisation.
type Signer struct {
	ID       int64  `json:"id"`
	FullName string `json:"full_name"`
	Title    string `json:"title"` // CHỦ TỊCH, PHÓ CHỦ TỊCH
	Active   bool   `json:"active"`
}

// Item is one paragraph of a plan section. Marker is what the paragraph
// starts with when printed: "-" or "+" for bulleted items, "#" for a numbered
// sub-heading (numbered on print), "" for a plain paragraph.
type Item struct {
	Marker string `json:"marker"`
	Text   string `json:"text"`
}

// Item markers.
const (
	MarkerNone    = ""
	MarkerDash    = "-"
	MarkerPlus    = "+"
	MarkerHeading = "#"
)

// Criterion is one standard of the plan (tiêu chí thi đua) for one kind.
type Criterion struct {
	ID        int64   `json:"id"`
	Kind      Kind    `json:"kind"`
	Text      string  `json:"text"`
	ShortText string  `json:"short_text"`
	MaxPoints float64 `json:"max_points"`
}

// RoundKind tells an annual round from the final round of a movement.
type RoundKind string

// Round kinds.
const (
	RoundAnnual RoundKind = "annual"
	RoundFinal  RoundKind = "final"
)

// Label returns the Vietnamese name of the round kind.
func (r RoundKind) Label() string {
	if r == RoundFinal {
		return "Tổng kết"
	}
	return "Hằng năm"
}

// Quota is the number of awards of one form in one kind of round: either per
// kind (Collectives, Individuals) or a combined Total over both kinds (the
// others zero). AtMost keeps the "không quá" wording for the printout; the
// rules treat every quota as a maximum.
type Quota struct {
	RoundKind   RoundKind `json:"round_kind"`
	Collectives int       `json:"collectives"`
	Individuals int       `json:"individuals"`
	Total       int       `json:"total"`
	AtMost      bool      `json:"at_most"`
	Text        Item      `json:"text"` // the plan's paragraph about this quota
}

// Combined reports whether the quota is a total over both kinds.
func (q Quota) Combined() bool { return q.Total > 0 }

// Classification is the result of scoring (xếp loại).
type Classification string

// Classifications, best first.
const (
	ClassExcellent Classification = "xuat_sac"
	ClassGood      Classification = "tot"
	ClassPass      Classification = "dat"
	ClassFail      Classification = "khong_dat"
)

// Label returns the Vietnamese name of the classification.
func (c Classification) Label() string {
	switch c {
	case ClassExcellent:
		return "Xuất sắc"
	case ClassGood:
		return "Tốt"
	case ClassPass:
		return "Đạt"
	case ClassFail:
		return "Không đạt"
	}
	return ""
}

// Rank orders classifications: higher is better, unknown is 0.
func (c Classification) Rank() int {
	switch c {
	case ClassExcellent:
		return 4
	case ClassGood:
		return 3
	case ClassPass:
		return 2
	case ClassFail:
		return 1
	}
	return 0
}

// VoteMethod is how the council votes on a nomination.
type VoteMethod string

// Vote methods.
const (
	VoteSecret VoteMethod = "secret" // bỏ phiếu kín
	VoteHands  VoteMethod = "hands"  // biểu quyết
)

// VoteBase is what the vote threshold is a percentage of.
type VoteBase string

// Vote bases.
const (
	BaseAllMembers VoteBase = "all"     // tổng số thành viên hội đồng
	BasePresent    VoteBase = "present" // số thành viên có mặt
)

// Label names a vote method in Vietnamese.
func (m VoteMethod) Label() string {
	if m == VoteHands {
		return "biểu quyết giơ tay"
	}
	return "bỏ phiếu kín"
}

// Label names what a vote threshold is a percentage of.
func (b VoteBase) Label() string {
	if b == BasePresent {
		return "số thành viên Hội đồng có mặt"
	}
	return "tổng số thành viên Hội đồng"
}

// AwardForm is a form of commendation a plan offers (hình thức khen thưởng),
// with its issuer, who may receive it and how many per round.
type AwardForm struct {
	ID                int64          `json:"id"`
	Name              string         `json:"name"` // Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh
	ShortName         string         `json:"short_name"`
	Issuer            string         `json:"issuer"` // Chủ tịch Ủy ban nhân dân tỉnh
	IssuerLevel       Level          `json:"issuer_level"`
	ForCollectives    bool           `json:"for_collectives"`
	ForIndividuals    bool           `json:"for_individuals"`
	MinClassification Classification `json:"min_classification"`
	VoteMethod        VoteMethod     `json:"vote_method"`
	VoteThreshold     float64        `json:"vote_threshold"` // percent
	VoteBase          VoteBase       `json:"vote_base"`
	Quotas            []Quota        `json:"quotas"`
}

// Allows reports whether the form may be given to participants of kind k.
func (a AwardForm) Allows(k Kind) bool {
	return (k == KindCollective && a.ForCollectives) || (k == KindIndividual && a.ForIndividuals)
}

// QuotaFor returns the quota of the form for rounds of kind rk.
func (a AwardForm) QuotaFor(rk RoundKind) (Quota, bool) {
	for _, q := range a.Quotas {
		if q.RoundKind == rk {
			return q, true
		}
	}
	return Quota{}, false
}

// Round is one review round of a plan: a year, or the final round. Key is
// the year ("2024") or "final".
type Round struct {
	ID        int64     `json:"id"`
	Key       string    `json:"key"`
	Kind      RoundKind `json:"kind"`
	Name      string    `json:"name"`       // Năm 2024, Tổng kết
	StartsOn  string    `json:"starts_on"`  // ISO date or ""
	EndsOn    string    `json:"ends_on"`    // ISO date or ""
	DecidedOn string    `json:"decided_on"` // planned date of the council's decision
}

// RoundFinalKey is the key of the final round.
const RoundFinalKey = "final"

// Thresholds are the percentages of the maximum total that give each
// classification.
type Thresholds struct {
	Excellent float64 `json:"excellent"`
	Good      float64 `json:"good"`
	Pass      float64 `json:"pass"`
}

// DefaultThresholds are the classification thresholds of a new plan.
var DefaultThresholds = Thresholds{Excellent: 90, Good: 75, Pass: 50}

// Headings are the section headings of a plan, editable because plans of
// other movements word them differently.
type Headings struct {
	Purposes       string `json:"purposes"`        // MỤC ĐÍCH, YÊU CẦU
	Purpose        string `json:"purpose"`         // Mục đích
	Requirement    string `json:"requirement"`     // Yêu cầu
	Contents       string `json:"contents"`        // NỘI DUNG THI ĐUA
	Participants   string `json:"participants"`    // ĐỐI TƯỢNG, THỜI GIAN THI ĐUA
	Criteria       string `json:"criteria"`        // TIÊU CHÍ THI ĐUA
	Awards         string `json:"awards"`          // ĐỐI TƯỢNG, TIÊU CHUẨN, HÌNH THỨC VÀ SỐ LƯỢNG KHEN THƯỞNG
	AwardSubjects  string `json:"award_subjects"`  // Đối tượng khen thưởng
	AwardStandards string `json:"award_standards"` // Tiêu chuẩn khen thưởng
	AwardForms     string `json:"award_forms"`     // Hình thức khen thưởng và số lượng
	Implementation string `json:"implementation"`  // TỔ CHỨC THỰC HIỆN
}

// DefaultHeadings are the headings of a new plan.
var DefaultHeadings = Headings{
	Purposes:       "MỤC ĐÍCH, YÊU CẦU",
	Purpose:        "Mục đích",
	Requirement:    "Yêu cầu",
	Contents:       "NỘI DUNG THI ĐUA",
	Participants:   "ĐỐI TƯỢNG, THỜI GIAN THI ĐUA",
	Criteria:       "TIÊU CHÍ THI ĐUA",
	Awards:         "ĐỐI TƯỢNG, TIÊU CHUẨN, HÌNH THỨC VÀ SỐ LƯỢNG KHEN THƯỞNG",
	AwardSubjects:  "Đối tượng khen thưởng",
	AwardStandards: "Tiêu chuẩn khen thưởng",
	AwardForms:     "Hình thức khen thưởng và số lượng",
	Implementation: "TỔ CHỨC THỰC HIỆN",
}

// Plan status values.
const (
	PlanActive   = "active"
	PlanArchived = "archived"
)

// Plan is a Kế hoạch launching a movement, with everything it says.
type Plan struct {
	ID           int64  `json:"id"`
	Status       string `json:"status"`
	Number       string `json:"number"`    // "" until issued
	Symbol       string `json:"symbol"`    // KH-UBND
	IssuedOn     string `json:"issued_on"` // ISO date or "" until issued
	DocTitle     string `json:"doc_title"` // KẾ HOẠCH
	Subtitle     string `json:"subtitle"`  // Phát động phong trào thi đua “…” trên địa bàn …
	MovementName string `json:"movement_name"`

	LegalBasis   []string `json:"legal_basis"`
	Opening      []string `json:"opening"`
	Purposes     []Item   `json:"purposes"`
	Requirements []Item   `json:"requirements"`
	Contents     []Item   `json:"contents"`

	ParticipantsIntro      string `json:"participants_intro"` // Đối tượng thi đua
	ParticipantsCollective string `json:"participants_collective"`
	ParticipantsIndividual string `json:"participants_individual"`
	PeriodText             string `json:"period_text"`
	PeriodStart            string `json:"period_start"` // ISO date, "" = the plan's date
	PeriodEnd              string `json:"period_end"`

	Criteria []Criterion `json:"criteria"`
	// PrintPoints prints each criterion's maximum points after it, as
	// "… (30 điểm)", for plans whose text gives them.
	PrintPoints bool `json:"print_points,omitempty"`

	AwardSubjects  string      `json:"award_subjects"`
	AwardStandards string      `json:"award_standards"`
	StandardItems  []Item      `json:"standard_items"`
	AwardForms     []AwardForm `json:"award_forms"`

	Implementation []Item   `json:"implementation"`
	Recipients     []string `json:"recipients"`

	SigningAuthority []string `json:"signing_authority"` // TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
	SignerName       string   `json:"signer_name"`

	Headings   Headings   `json:"headings"`
	Thresholds Thresholds `json:"thresholds"`
	Rounds     []Round    `json:"rounds"`

	// Scoring settings.
	SeveralScorers bool `json:"several_scorers"`
	TrimExtremes   bool `json:"trim_extremes"`
}

// CriteriaOf returns the plan's criteria for kind k, in order.
func (p *Plan) CriteriaOf(k Kind) []Criterion {
	var out []Criterion
	for _, c := range p.Criteria {
		if c.Kind == k {
			out = append(out, c)
		}
	}
	return out
}

// RoundByKey returns the round with the given key.
func (p *Plan) RoundByKey(key string) (Round, bool) {
	for _, r := range p.Rounds {
		if r.Key == key {
			return r, true
		}
	}
	return Round{}, false
}

// RoundByID returns the round with the given ID.
func (p *Plan) RoundByID(id int64) (Round, bool) {
	for _, r := range p.Rounds {
		if r.ID == id {
			return r, true
		}
	}
	return Round{}, false
}

// AwardFormByID returns the award form with the given ID.
func (p *Plan) AwardFormByID(id int64) (AwardForm, bool) {
	for _, a := range p.AwardForms {
		if a.ID == id {
			return a, true
		}
	}
	return AwardForm{}, false
}

// PlanSummary is a line of the plan list.
type PlanSummary struct {
	ID           int64
	Number       string
	Symbol       string
	IssuedOn     string
	MovementName string
	Status       string
	PeriodEnd    string
	Rounds       int
}

// Gender values of an individual.
const (
	GenderMale   = "nam"
	GenderFemale = "nu"
)

// Participant is a collective or an individual taking part in movements.
// Fields that apply to one kind only are empty for the other.
type Participant struct {
	ID       int64  `json:"id"`
	Kind     Kind   `json:"kind"`
	Name     string `json:"name"` // unit name, or full name of a person
	Archived bool   `json:"archived"`
	// Suspended marks a participant under discipline, inspection or complaint
	// review (đang xem xét kỷ luật / thanh tra / khiếu nại).
	Suspended     bool   `json:"suspended"`
	SuspendedNote string `json:"suspended_note"`
	Note          string `json:"note"`

	// Collectives.
	Head    string `json:"head"`    // head of the unit
	Members int    `json:"members"` // number of members
	Women   int    `json:"women"`   // of whom women
	// Parent is the unit's direct superior (cơ quan cấp trên trực tiếp),
	// printed above the unit's name in its papers and confirming its
	// báo cáo thành tích; "" means the commune's People's Committee.
	Parent string `json:"parent,omitempty"`

	// Individuals: the fields of a báo cáo thành tích.
	Gender          string `json:"gender"`
	BirthDate       string `json:"birth_date"` // ISO date
	Ethnicity       string `json:"ethnicity"`
	Hometown        string `json:"hometown"`
	Residence       string `json:"residence"`
	UnitID          int64  `json:"unit_id"` // the collective the person works in, 0 if none
	Unit            string `json:"unit"`    // unit as text when not a known collective
	Position        string `json:"position"`
	Qualification   string `json:"qualification"`
	PoliticalTheory string `json:"political_theory"`
	Phone           string `json:"phone"`
}

// Score is one cell of a scoring grid: one participant, one criterion, one
// round, and optionally one council member when members score separately.
// Nil values are not yet entered.
type Score struct {
	RoundID       int64    `json:"round_id"`
	ParticipantID int64    `json:"participant_id"`
	CriterionID   int64    `json:"criterion_id"`
	MemberID      int64    `json:"member_id"` // 0 = the council as a whole
	Self          *float64 `json:"self"`
	Council       *float64 `json:"council"`
	Note          string   `json:"note"`
}

// Council roles.
const (
	RoleChair     = "chu_tich"
	RoleViceChair = "pho_chu_tich"
	RoleMember    = "uy_vien"
	RoleSecretary = "thu_ky"
)

// CouncilMember is a member of the Hội đồng Thi đua - Khen thưởng.
type CouncilMember struct {
	ID            int64  `json:"id"`
	FullName      string `json:"full_name"`
	Office        string `json:"office"` // office in the commune
	Role          string `json:"role"`
	CollectiveID  int64  `json:"collective_id"`  // the collective they belong to, 0 if none
	ParticipantID int64  `json:"participant_id"` // the individual they are, 0 if none
	Active        bool   `json:"active"`
}

// Meeting is a council meeting for one round of a plan.
type Meeting struct {
	ID          int64   `json:"id"`
	PlanID      int64   `json:"plan_id"`
	RoundID     int64   `json:"round_id"`
	HeldAt      string  `json:"held_at"` // ISO date-time
	Place       string  `json:"place"`
	ChairID     int64   `json:"chair_id"`
	SecretaryID int64   `json:"secretary_id"`
	Attendees   []int64 `json:"attendees"`
	Note        string  `json:"note"`
	// MembersTotal is the council's size when the meeting was held: the
	// quorum and an all-members vote base are counted against it.
	MembersTotal int `json:"members_total"`
}

// Nomination statuses.
const (
	NomDraft     = "du_kien"
	NomPassed    = "dat"
	NomFailed    = "khong_dat"
	NomProposed  = "da_trinh"
	NomAwarded   = "da_khen_thuong"
	NomRejected  = "khong_duoc_duyet"
	NomWithdrawn = "rut"
)

// Nomination is a participant proposed for an award form in a round.
type Nomination struct {
	ID            int64  `json:"id"`
	RoundID       int64  `json:"round_id"`
	AwardFormID   int64  `json:"award_form_id"`
	ParticipantID int64  `json:"participant_id"`
	Status        string `json:"status"`
	Position      int    `json:"position"`
	ForcedReason  string `json:"forced_reason"`
	Achievement   string `json:"achievement"`
	ProposalDocID int64  `json:"proposal_doc_id"`
	DecisionDocID int64  `json:"decision_doc_id"`
	// ProposalNumber and ProposalDate are the Tờ trình the nomination was
	// sent to the higher level with ("12/TTr-UBND", ISO date).
	ProposalNumber string `json:"proposal_number"`
	ProposalDate   string `json:"proposal_date"`
}

// Decision outcomes.
const (
	OutcomeAwarded  = "awarded"  // đã khen thưởng
	OutcomeRejected = "rejected" // không được duyệt
)

// Decision is what the deciding authority did with a nomination. A
// correction never edits a decision: it adds a new one and points the old
// one at it (ReplacedBy), so the old record stays.
type Decision struct {
	ID               int64  `json:"id"`
	NominationID     int64  `json:"nomination_id"`
	Outcome          string `json:"outcome"`
	Number           string `json:"number"`     // "125/QĐ-UBND"
	DecidedOn        string `json:"decided_on"` // ISO date
	Issuer           string `json:"issuer"`     // "Chủ tịch UBND tỉnh Hưng Yên"
	Reason           string `json:"reason"`     // why not approved
	RecordedAt       string `json:"recorded_at"`
	ReplacedBy       int64  `json:"replaced_by"` // the correcting decision, 0 while in force
	CorrectionReason string `json:"correction_reason"`
}

// Vote is the council's vote on one nomination at one meeting.
type Vote struct {
	ID           int64      `json:"id"`
	NominationID int64      `json:"nomination_id"`
	MeetingID    int64      `json:"meeting_id"`
	Method       VoteMethod `json:"method"`
	Issued       int        `json:"issued"`
	Returned     int        `json:"returned"`
	Valid        int        `json:"valid"`
	For          int        `json:"for"`
	Against      int        `json:"against"`
	Recused      []int64    `json:"recused"`
	Passed       bool       `json:"passed"`
}

// Document is an issued document kept as printed: its number in the
// register, its data snapshot and its PDF.
type Document struct {
	ID       int64  `json:"id"`
	Kind     string `json:"kind"`   // KH, TTr, QĐ, BC, TB, BB, GK
	Number   int    `json:"number"` // number within its series and year
	Year     int    `json:"year"`
	Symbol   string `json:"symbol"` // TTr-UBND
	IssuedOn string `json:"issued_on"`
	Title    string `json:"title"`
	PlanID   int64  `json:"plan_id"`
	RoundID  int64  `json:"round_id"`
	Snapshot string `json:"snapshot"` // JSON of the data printed
	PDF      []byte `json:"pdf"`
	Signer   string `json:"signer"`
	// Status is "issued" or "cancelled" (the number stays taken).
	Status       string `json:"status"`
	CancelReason string `json:"cancel_reason"`
	PDFHash      string `json:"pdf_sha256"` // hex SHA-256 of PDF
	AwardFormID  int64  `json:"award_form_id"`
	MeetingID    int64  `json:"meeting_id"`
	// AuditLines and AuditHead are the head of the audit chain when the
	// number was taken (its length and last hash): the log must keep that
	// line unchanged for as long as the register keeps the document.
	AuditLines int    `json:"audit_lines,omitempty"`
	AuditHead  string `json:"audit_head,omitempty"`
	// NumberGiven tells that Number was given by the office's clerk (văn
	// thư) from the office's own outgoing register (sổ văn bản đi), not
	// taken as the next of the app's series.
	NumberGiven bool `json:"number_given,omitempty"`
}

// Document statuses.
const (
	DocIssued    = "issued"
	DocCancelled = "cancelled"
)

// Kinds of document in the register, with the abbreviation of their
// symbol (official-documents §3).
const (
	DocProposal = "TTr" // Tờ trình
	DocDecision = "QĐ"  // Quyết định
	DocMinutes  = "BB"  // Biên bản of the council
	DocReport   = "BC"  // Báo cáo (kết quả, tổng kết phong trào)
)

// DocKindLabel names a kind of document in Vietnamese.
func DocKindLabel(kind string) string {
	return map[string]string{DocProposal: "Tờ trình", DocDecision: "Quyết định", DocMinutes: "Biên bản", "KH": "Kế hoạch",
		"BC": "Báo cáo", "TB": "Thông báo"}[kind]
}

// IssueRequest asks the register for the next number of a series and
// stores the document printed with it, in one transaction with what
// issuing it means for the nominations.
type IssueRequest struct {
	// Doc is the register line: Kind, Symbol, IssuedOn, Title, Signer and
	// the links; Number, Year, PDF, Snapshot and the hash are filled in.
	Doc Document
	// Render prints the document with the number it was given; it returns
	// the PDF and the snapshot it was printed from.
	Render func(number int) (pdf []byte, snapshot string, err error)
	// Number is the number the office's clerk gives from the office's
	// outgoing register (sổ văn bản đi), which numbers every paper of the
	// office in a year; it must not be in the app's register already for
	// the series and year. 0 takes the next number of the app's own series.
	Number int
	// Propose are nominations the document (a Tờ trình) sends up: they
	// become "đã trình" with its number and date.
	Propose []int64
	// Award are nominations the document (a Quyết định) awards: each gets
	// the decision (its number and date, Issuer) and an award-history line.
	Award  []int64
	Issuer string
}

// DocumentFilter chooses lines of the register: a year (0 = all), a kind
// ("" = all), and words of the title or number (ignoring marks).
type DocumentFilter struct {
	Year  int
	Kind  string
	Query string
}

// AwardRecord is a line of a participant's award history.
type AwardRecord struct {
	ID             int64  `json:"id"`
	ParticipantID  int64  `json:"participant_id"`
	Year           int    `json:"year"`
	Title          string `json:"title"` // title or form received
	DecisionNumber string `json:"decision_number"`
	DecisionDate   string `json:"decision_date"`
	Issuer         string `json:"issuer"`
	NominationID   int64  `json:"nomination_id"`
}

// Attachment is a file of evidence kept inside the database.
type Attachment struct {
	ID            int64  `json:"id"`
	ParticipantID int64  `json:"participant_id"`
	RoundID       int64  `json:"round_id"`
	Name          string `json:"name"`
	Mime          string `json:"mime"`
	Content       []byte `json:"content"`
}

// AuditEntry is a line of the append-only audit log.
type AuditEntry struct {
	ID       int64  `json:"id"`
	At       string `json:"at"` // RFC 3339, UTC
	User     string `json:"user"`
	Action   string `json:"action"` // create, update, delete, …
	Entity   string `json:"entity"`
	EntityID int64  `json:"entity_id"`
	Before   string `json:"before"`
	After    string `json:"after"`
	Reason   string `json:"reason"`
}

// AuditFilter chooses lines of the audit log: of one kind of record
// (Entity, "" for all), written on or between two ISO dates (either may be
// ""), whose text (user, action, before, after, reason) contains every
// word of Query, ignoring marks and case. Limit caps the lines (newest
// first); 0 means 500.
type AuditFilter struct {
	Entity   string
	From, To string
	Query    string
	Limit    int
}
