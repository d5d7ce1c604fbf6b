// Package cli is the command line of the commendation desk: the commands a
// script, a test or another office can run without a display. It works on
// the store through the Store interface; main wires the SQLite store in.
package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"thidua/app"
	"thidua/app/document"
)

// Exit codes.
const (
	ExitOK       = 0
	ExitUsage    = 1
	ExitInvalid  = 2
	ExitFailure  = 3
	ExitFindings = 4 // plan check found something to fix
)

// Store is what the commands need from the database.
type Store interface {
	Plans() ([]app.PlanSummary, error)
	Participants(k app.Kind) ([]app.Participant, error)
	ImportParticipants(ps []app.Participant, source string) ([]int64, error)
	RoundScores(roundID int64) ([]app.Score, error)
	CouncilMembers() ([]app.CouncilMember, error)
	Plan(id int64) (*app.Plan, error)
	CreatePlan(p *app.Plan) (int64, error)
	UpdatePlan(p *app.Plan) error
	Organisation() (app.Organisation, error)
	IsEmpty() (bool, error)
	LoadSample(p *app.Plan, s *app.Sample) error
	Export() (*app.Record, error)
	Import(r *app.Record, replace bool, backupDir string) error
	BackupTo(file string) error
	Setting(key string) (string, error)
	SaveSetting(key, value string) error
	VerifyAudit() (broken int64, checked int, err error)
	VerifyAnchors(backupDir string) ([]string, error)
	Nominations(roundID int64) ([]app.Nomination, error)
	Nomination(id int64) (app.Nomination, error)
	Nominate(n app.Nomination, reason string) (int64, error)
	Meetings(roundID int64) ([]app.Meeting, error)
	Meeting(id int64) (app.Meeting, error)
	MeetingVotes(meetingID int64) ([]app.Vote, error)
	SaveMeeting(m app.Meeting) (int64, error)
	SaveVote(v app.Vote) (app.Vote, app.VoteOutcome, error)
	RecordDecision(d app.Decision) (int64, error)
	Signers() ([]app.Signer, error)
	SaveOrgPeriod(p app.OrgPeriod) (int64, error)
	AwardHistory(participantID int64) ([]app.AwardRecord, error)
	AwardRegister(f app.AwardFilter) ([]app.AwardLine, error)
	IssueDocument(r app.IssueRequest) (app.Document, error)
	Document(id int64) (app.Document, error)
	Documents(f app.DocumentFilter) ([]app.Document, error)
	NextNumber(symbol string, year int) (int, error)
	CancelDocument(id int64, reason string) error
	RecordCopy(id int64, format string) error
	CorrectDecision(d app.Decision, reason string) (int64, error)
	Version() (int, error)
	Close() error
}

// Env is what the commands get from main.
type Env struct {
	Version   string
	DefaultDB string
	Stdout    io.Writer
	Stderr    io.Writer
	Open      func(dbPath string) (Store, error)
	Restore   func(dbPath, file string) (kept string, err error)
	SeedPlan  []byte
	Sample    []byte
	BackupDir func(dbPath string) string
	// RenderPlan writes the Kế hoạch PDF of p.
	// page is the stored page-settings text ("" = defaults).
	RenderPlan func(p *app.Plan, org app.Organisation, page string, w io.Writer) error
	// Fonts are the embedded PDF fonts, for the other printouts.
	Fonts document.Fonts
}

// jsonOut is the encoder of every --json output: indented, with text
// (Vietnamese, "<", "&") written as it is.
func jsonOut(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc
}

// errFindings reports that a check found things to fix (already printed).
var errFindings = errors.New("có điểm cần sửa")

// usageError is a command line that cannot be understood.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// command is one subcommand.
type command struct {
	name, args, help string
	run              func(env *Env, c *call) error
}

func commands() []command {
	cs := append(baseCommands(), scoreCommands()...)
	cs = append(append(cs, nominationCommands()...), meetingCommands()...)
	cs = append(cs, documentCommands()...)
	cs = append(cs, paperCommands()...)
	cs = append(cs, awardCommands()...)
	cs = append(cs, orgCommands()...)
	return append(cs, statsCommands()...)
}

func baseCommands() []command {
	return []command{
		{"version", "", "in phiên bản", cmdVersion},
		{"init", "[--sample]", "tạo hoặc nâng cấp cơ sở dữ liệu; --sample nạp dữ liệu mẫu vào cơ sở dữ liệu trống", cmdInit},
		{"export-data", "-o TỆP.json", "xuất toàn bộ dữ liệu ra tệp JSON", cmdExport},
		{"import-data", "TỆP.json [--replace]", "nhập toàn bộ dữ liệu từ tệp JSON (vào cơ sở dữ liệu trống, hoặc thay thế với --replace)", cmdImport},
		{"backup", "-o TỆP", "sao lưu cơ sở dữ liệu ra tệp", cmdBackup},
		{"restore", "TỆP", "khôi phục cơ sở dữ liệu từ tệp sao lưu (giữ lại bản đang dùng)", cmdRestore},
		{"plan list", "", "liệt kê các kế hoạch", cmdPlanList},
		{"plan show", "MÃ", "in nội dung một kế hoạch", cmdPlanShow},
		{"plan check", "MÃ", "kiểm tra kế hoạch (mã thoát 4 khi có điểm cần sửa)", cmdPlanCheck},
		{"plan import", "TỆP.docx|TỆP.txt [--dry-run] [--json]", "nhập kế hoạch từ Word hoặc văn bản thành một kế hoạch mới (bản dự thảo, chưa có số); --dry-run chỉ cho xem", cmdPlanImport},
		{"pdf plan", "MÃ -o TỆP.pdf", "in kế hoạch ra tệp PDF", cmdPDFPlan},
		{"audit verify", "", "kiểm tra nhật ký thay đổi có bị sửa, xóa ngoài ứng dụng không (mã thoát 4 khi có)", cmdAuditVerify},
		{"entities import", "TỆP.xlsx|TỆP.csv [--dry-run] [--skip-invalid]", "nhập danh sách tập thể, cá nhân từ Excel hoặc CSV", cmdEntitiesImport},
		{"entities export", "-o TỆP.xlsx", "xuất danh sách tập thể, cá nhân ra Excel", cmdEntitiesExport},
		{"entities list", "[--kind collective|individual] [--search CHỮ] [--status active|archived|all] [--json]", "liệt kê đối tượng theo thứ tự như trên màn hình", cmdEntitiesList},
	}
}

// IsCommand reports whether args start with a command of the command line
// (so main knows whether to open the window). A --db given before the
// command ("thidua --db D:\\ThiDua\\thidua.db plan list") counts as given
// after it.
func IsCommand(args []string) bool {
	args = dbLast(args)
	_, _, ok := findCommand(args)
	return ok || (len(args) > 0 && !strings.HasPrefix(args[0], "-"))
}

// dbLast moves a leading "--db FILE" (or "--db=FILE") behind what follows
// it, where every command reads its flags; args without one, or with
// nothing after it (the window on that file), are returned as they are.
func dbLast(args []string) []string {
	switch {
	case len(args) > 2 && (args[0] == "--db" || args[0] == "-db"):
		return append(append([]string{}, args[2:]...), args[:2]...)
	case len(args) > 1 && (strings.HasPrefix(args[0], "--db=") || strings.HasPrefix(args[0], "-db=")):
		return append(append([]string{}, args[1:]...), args[0])
	}
	return args
}

func findCommand(args []string) (command, []string, bool) {
	for _, c := range commands() {
		words := strings.Fields(c.name)
		if len(args) >= len(words) && strings.Join(args[:len(words)], " ") == c.name {
			return c, args[len(words):], true
		}
	}
	return command{}, nil, false
}

// Run runs the command in args and returns the exit code. What it prints
// goes through safeWriter.
func Run(env *Env, args []string) int {
	out, errOut := &safeWriter{w: env.Stdout}, &safeWriter{w: env.Stderr}
	defer out.flush()
	defer errOut.flush()
	safe := *env
	safe.Stdout, safe.Stderr = out, errOut
	return run(&safe, args)
}

func run(env *Env, args []string) int {
	args = dbLast(args)
	c, rest, ok := findCommand(args)
	if !ok {
		if len(args) > 0 && (args[0] == "help" || args[0] == "-h" || args[0] == "--help") {
			printUsage(env.Stdout)
			return ExitOK
		}
		fmt.Fprintf(env.Stderr, "Lệnh không hợp lệ: %s\n\n", strings.Join(args, " "))
		printUsage(env.Stderr)
		return ExitUsage
	}
	cl := &call{name: c.name, fs: flag.NewFlagSet(c.name, flag.ContinueOnError), env: env}
	cl.fs.SetOutput(io.Discard)
	cl.db = cl.fs.String("db", env.DefaultDB, "")
	cl.rawArgs = rest
	err := c.run(env, cl)
	return report(env, c, err)
}

func report(env *Env, c command, err error) int {
	var ue usageError
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, errFindings) || errors.Is(err, errBroken):
		return ExitFindings
	case errors.Is(err, errRefused):
		return ExitRefused
	case errors.As(err, &ue):
		fmt.Fprintf(env.Stderr, "Lỗi: %s\nCách dùng: thidua %s %s [--db TỆP]\n", ue.msg, c.name, c.args)
		return ExitUsage
	case app.IsInvalid(err) || errors.Is(err, app.ErrNotEmpty) || errors.Is(err, app.ErrNotFound) || errors.Is(err, app.ErrNewerSchema) ||
		errors.Is(err, app.ErrNotAppData) || errors.Is(err, app.ErrDamaged) || errors.Is(err, app.ErrConflict):
		fmt.Fprintf(env.Stderr, "Lỗi: %v\n", err)
		return ExitInvalid
	}
	fmt.Fprintf(env.Stderr, "Lỗi: %v\n", err)
	return ExitFailure
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "Cách dùng: thidua [LỆNH] [--db TỆP]")
	fmt.Fprintln(w, "Không có lệnh: mở cửa sổ ứng dụng.")
	fmt.Fprintln(w, "\nCác lệnh:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-32s %s\n", strings.TrimSpace(c.name+" "+c.args), c.help)
	}
	fmt.Fprintln(w, "\nCác lệnh pdf và documents print: đuôi của tệp -o chọn loại tệp — .pdf bản in, .docx bản Word để sửa,\n"+
		".xlsx danh sách (Excel) kèm tờ trình, quyết định. Giấy khen và hồ sơ chỉ in ra PDF.")
	fmt.Fprintln(w, "\nMọi lệnh nhận --db TỆP để dùng một cơ sở dữ liệu khác tệp mặc định.")
	fmt.Fprintln(w, "Mã thoát: 0 thành công, 1 sai cú pháp lệnh, 2 dữ liệu không hợp lệ (không thay đổi gì), 3 lỗi khác,\n"+
		"4 kiểm tra có điểm cần sửa, 5 đề nghị khen thưởng bị từ chối theo quy định.")
}

// call is one run of a command: its flags and positional arguments.
type call struct {
	name    string
	env     *Env
	fs      *flag.FlagSet
	db      *string
	rawArgs []string
	args    []string
}

// parse parses flags wherever they appear among the arguments and checks
// the number of positional arguments.
func (c *call) parse(positional int) error {
	rest := c.rawArgs
	for {
		if err := c.fs.Parse(rest); err != nil {
			return usagef("%s", flagMessage(err))
		}
		rest = c.fs.Args()
		if len(rest) == 0 {
			break
		}
		c.args = append(c.args, rest[0])
		rest = rest[1:]
	}
	if len(c.args) != positional {
		return usagef("lệnh %s cần %d tham số, có %d", c.name, positional, len(c.args))
	}
	return nil
}

func flagMessage(err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return "không có tùy chọn " + name
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return "tùy chọn " + name + " cần một giá trị"
	}
	return msg
}

func (c *call) open() (Store, error) {
	return c.env.Open(*c.db)
}
