package screens

import (
	"strings"
	"testing"

	"thidua/app"
)

// J2: the plan arrives. The clerk starts a new plan from the sample for
// other years, fills its number and dates, mistypes a date and is asked
// before leaving, checks the plan and opens the Kế hoạch to print it.
func TestJourneyJ2ThePlan(t *testing.T) {
	d := openDesk(t, t.TempDir(), true)
	d.goTo("Kế hoạch")
	d.snap("ke-hoach")
	d.tap("Kế hoạch mới")
	d.typeIn("Tên phong trào", "Chung sức xây dựng nông thôn mới")
	d.typeIn("Từ năm", "2027")
	d.typeIn("Đến năm", "2028")
	d.tick("Chép nội dung từ kế hoạch mẫu có sẵn (rồi sửa lại)", true)
	d.fits("Kế hoạch mới")
	d.tap("Tạo")

	d.typeIn("Số", "27")
	d.typeIn("Ngày ban hành", "05/01/2027")
	d.typeIn("Thi đua từ ngày", "31/02/2027")
	d.goTo("Đối tượng")
	if !d.shows("Còn ô chưa lưu được") || !d.shows("Thi đua từ ngày") {
		t.Fatalf("leaving with a date that cannot be read did not ask:\n%s", d.dialogText())
	}
	d.fits("the question before leaving")
	d.tap("Ở lại để sửa")
	if got := d.value("Thi đua từ ngày"); got != "31/02/2027" {
		t.Fatalf("after staying the field shows %q", got)
	}
	if s := d.m.Shell.screens[d.m.Shell.current].title; s != "Kế hoạch" {
		t.Fatalf("after staying the window shows %q", s)
	}
	d.typeIn("Thi đua từ ngày", "10/01/2027")
	d.goTo("Đối tượng")
	if d.win.Canvas().Overlays().Top() != nil {
		t.Fatalf("leaving a saved plan asked:\n%s", d.dialogText())
	}

	d = d.restart()
	var plan *app.Plan
	summaries, _ := d.st.Plans()
	for _, s := range summaries {
		if s.MovementName == "Chung sức xây dựng nông thôn mới" {
			plan, _ = d.st.Plan(s.ID)
		}
	}
	if plan == nil {
		t.Fatal("the new plan was not stored")
	}
	if plan.Number != "27" || plan.IssuedOn != "2027-01-05" || plan.PeriodStart != "2027-01-10" || plan.PeriodEnd != "2028-12-31" {
		t.Errorf("stored number %q, date %q, period %q–%q", plan.Number, plan.IssuedOn, plan.PeriodStart, plan.PeriodEnd)
	}
	if !strings.Contains(plan.Subtitle, "giai đoạn 2027-2028") || strings.Contains(plan.Subtitle, "2024") {
		t.Errorf("trích yếu %q", plan.Subtitle)
	}
	if n := len(plan.CriteriaOf(app.KindCollective)); n != 7 {
		t.Errorf("%d criteria for collectives copied from the sample, want 7", n)
	}

	d.m.Shell.OpenPlan(plan.ID)
	d.tap("Kiểm tra kế hoạch")
	if d.shows("ngoài thời gian thi đua") || d.shows("chưa có số") {
		t.Errorf("the plan check finds what the clerk fixed:\n%s", d.dialogText())
	}
	// What it still finds are the sample's own defects, copied with it.
	if !d.shows("Kiểm tra kế hoạch: 3 điểm cần xem lại") || !d.shows("minh bạch") {
		t.Errorf("the plan check of the new plan:\n%s", d.dialogText())
	}
	d.fits("Kiểm tra kế hoạch")
	d.snap("kiem-tra")
	d.tap("Đóng")
	d.tap("Xem / In")
	if len(d.files) != 1 || !strings.HasSuffix(d.files[0], ".pdf") {
		t.Fatalf("Xem / In opened %v", d.files)
	}
	if !strings.Contains(d.m.Shell.notice.Text, "Đã mở") {
		t.Errorf("the foot line says %q", d.m.Shell.notice.Text)
	}
}
