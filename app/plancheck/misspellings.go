package plancheck

// misspelling is a frequent error of administrative Vietnamese: the wrong
// phrase, the right one and a short note for the clerk. Phrases are matched
// as whole words, in any case and either tone placement ("hoà"/"hòa").
// NotAfter and NotBefore list the words that, right before or right after
// the phrase, make it correct Vietnamese after all ("giám sát nhập khẩu" is
// not "sát nhập", "hồ sơ xuất trình" is not "sơ xuất").
//
// Only errors that are never correct words are listed. Pairs that are both
// words with different meanings (giành/dành in general, giả thiết/giả
// thuyết, yếu điểm/điểm yếu), regional variants (hành chánh) and accepted
// spellings (chiến sỹ/chiến sĩ, hàng năm/hằng năm, xử lý/xử lí, kỹ/kĩ) are
// left out, and so is the old tone placement (hòa, thủy), which is not an
// error.
type misspelling struct {
	Wrong, Right string
	Note         string
	NotAfter     []string
	NotBefore    []string
}

// misspellings is the table of frequent errors.
var misspellings = []misspelling{
	// s / x
	{Wrong: "sử lý", Right: "xử lý", Note: "“xử lý” viết với x (xử: giải quyết, như xử phạt, xét xử)",
		NotAfter: []string{"lịch", "tiểu", "quốc", "chính", "dã", "văn"}},
	{Wrong: "sử lí", Right: "xử lí", Note: "“xử lí” viết với x",
		NotAfter: []string{"lịch", "tiểu", "quốc", "chính", "dã", "văn"}},
	{Wrong: "xử dụng", Right: "sử dụng", Note: "“sử dụng” viết với s",
		NotAfter: []string{"cư", "đối", "phân", "xét"}},
	{Wrong: "sử phạt", Right: "xử phạt", Note: "“xử phạt” viết với x", NotAfter: []string{"lịch"}},
	{Wrong: "chính sác", Right: "chính xác", Note: "“chính xác” viết với x"},
	{Wrong: "sác định", Right: "xác định", Note: "“xác định” viết với x"},
	{Wrong: "suất sắc", Right: "xuất sắc", Note: "“xuất sắc” viết với x (xuất: vượt ra ngoài)"},
	{Wrong: "xuất xắc", Right: "xuất sắc", Note: "“xuất sắc”: chữ sau viết với s"},
	{Wrong: "suất xứ", Right: "xuất xứ", Note: "“xuất xứ” viết với x"},
	{Wrong: "sản suất", Right: "sản xuất", Note: "“sản xuất” viết với x", NotBefore: []string{"đầu", "ăn"}},
	{Wrong: "đột suất", Right: "đột xuất", Note: "“đột xuất” (bất ngờ) viết với x"},
	{Wrong: "đề suất", Right: "đề xuất", Note: "“đề xuất” (đưa ra ý kiến) viết với x",
		NotAfter: []string{"vấn", "chủ", "tiêu", "mệnh", "nan", "luận"}, NotBefore: []string{"ăn", "cơm", "học", "đầu"}},
	{Wrong: "sơ xuất", Right: "sơ suất", Note: "“sơ suất” (thiếu cẩn thận) viết với s",
		NotAfter: []string{"hồ", "bản", "sơ"}, NotBefore: []string{"khẩu", "trình", "bản", "phát", "xứ", "cảnh", "viện", "hiện", "kho", "nhập"}},
	{Wrong: "năng xuất", Right: "năng suất", Note: "“năng suất” (kết quả trên một đơn vị thời gian, diện tích) viết với s",
		NotAfter:  []string{"khả", "tài", "kỹ", "kĩ", "chức", "công", "tiềm", "siêu", "đa", "hiệu", "tính", "vô", "thể", "điện", "nhiệt", "động", "cơ", "bản", "quang", "thế"},
		NotBefore: []string{"khẩu", "hiện", "bản", "phát", "sắc", "chúng", "cảnh", "trình", "ngũ", "xứ", "viện", "kho", "nhập"}},
	{Wrong: "sát nhập", Right: "sáp nhập", Note: "“sáp nhập” (nhập vào làm một) viết với p",
		NotAfter:  []string{"giám", "kiểm", "quan", "khảo", "cảnh", "thanh", "trinh", "thẩm"},
		NotBefore: []string{"khẩu", "cảnh", "liệu", "học", "ngũ", "viện", "kho", "môn", "hàng", "tịch", "tâm"}},
	{Wrong: "xáp nhập", Right: "sáp nhập", Note: "“sáp nhập” viết với s"},
	{Wrong: "bổ xung", Right: "bổ sung", Note: "“bổ sung” viết với s"},
	{Wrong: "xắp xếp", Right: "sắp xếp", Note: "“sắp xếp”: chữ đầu viết với s"},
	{Wrong: "sắp sếp", Right: "sắp xếp", Note: "“sắp xếp”: chữ sau viết với x"},
	{Wrong: "xát sao", Right: "sát sao", Note: "“sát sao” viết với s"},
	{Wrong: "sâu xát", Right: "sâu sát", Note: "“sâu sát” viết với s"},
	{Wrong: "xâu sắc", Right: "sâu sắc", Note: "“sâu sắc” viết với s"},
	{Wrong: "xứ mệnh", Right: "sứ mệnh", Note: "“sứ mệnh” viết với s"},
	{Wrong: "thường suyên", Right: "thường xuyên", Note: "“thường xuyên” viết với x"},
	{Wrong: "bình sét", Right: "bình xét", Note: "“bình xét” viết với x (xét: xem xét, đánh giá)"},
	{Wrong: "xem sét", Right: "xem xét", Note: "“xem xét” viết với x"},
	{Wrong: "sét duyệt", Right: "xét duyệt", Note: "“xét duyệt” viết với x"},
	{Wrong: "sáng lạng", Right: "xán lạn", Note: "“xán lạn” (rực rỡ) viết với x và không có g"},
	{Wrong: "xán lạng", Right: "xán lạn", Note: "“xán lạn” không có g ở cuối"},

	// ch / tr, d / gi / r, l / n, b / m, c / k … (initial consonants)
	{Wrong: "minh mạch", Right: "minh bạch", Note: "“minh bạch” (rõ ràng, công khai) viết với b"},
	{Wrong: "chuẩn đoán", Right: "chẩn đoán", Note: "“chẩn đoán” (chẩn: xem bệnh), không phải “chuẩn”"},
	{Wrong: "trân thành", Right: "chân thành", Note: "“chân thành” viết với ch"},
	{Wrong: "chân trọng", Right: "trân trọng", Note: "“trân trọng” viết với tr",
		NotBefore: []string{"lượng", "tâm", "điểm", "yếu"}},
	{Wrong: "vô hình chung", Right: "vô hình trung", Note: "thành ngữ là “vô hình trung”"},
	{Wrong: "tựu chung", Right: "tựu trung", Note: "từ đúng là “tựu trung”"},
	{Wrong: "tuyên giương", Right: "tuyên dương", Note: "“tuyên dương” viết với d"},
	{Wrong: "biểu giương", Right: "biểu dương", Note: "“biểu dương” viết với d"},
	{Wrong: "giành dụm", Right: "dành dụm", Note: "“dành dụm” (để dành) viết với d"},
	{Wrong: "tranh dành", Right: "tranh giành", Note: "“tranh giành” viết với gi",
		NotBefore: []string{"cho", "riêng", "tặng"}},
	{Wrong: "dành giật", Right: "giành giật", Note: "“giành giật” viết với gi"},
	{Wrong: "giữ dìn", Right: "giữ gìn", Note: "“giữ gìn” viết với gi ở cả hai chữ"},
	{Wrong: "dữ gìn", Right: "giữ gìn", Note: "“giữ gìn” viết với gi ở cả hai chữ"},
	{Wrong: "dãi bày", Right: "giãi bày", Note: "“giãi bày” viết với gi"},
	{Wrong: "trao dồi", Right: "trau dồi", Note: "“trau dồi” (rèn luyện thêm) viết với “trau”",
		NotBefore: []string{"dào"}},
	{Wrong: "nổ lực", Right: "nỗ lực", Note: "“nỗ lực” mang dấu ngã",
		NotAfter:  []string{"bùng", "cháy", "bắn", "phát", "vụ", "tiếng", "gây", "kích"},
		NotBefore: []string{"lượng"}},
	{Wrong: "lỗ lực", Right: "nỗ lực", Note: "“nỗ lực” viết với n",
		NotAfter: []string{"thua", "lãi", "lời"}, NotBefore: []string{"lượng"}},
	{Wrong: "nghành", Right: "ngành", Note: "“ngành” không có h (ngh chỉ đứng trước i, e, ê)"},
	{Wrong: "ngiêm", Right: "nghiêm", Note: "trước i, e, ê viết ngh: “nghiêm”"},
	{Wrong: "cập nhập", Right: "cập nhật", Note: "“cập nhật” (đưa thông tin mới nhất vào) kết thúc bằng t"},
	{Wrong: "khoảng khắc", Right: "khoảnh khắc", Note: "“khoảnh khắc” viết với nh"},
	{Wrong: "chỉnh chu", Right: "chỉn chu", Note: "từ đúng là “chỉn chu”"},
	{Wrong: "thăm quan", Right: "tham quan", Note: "từ điển và văn bản hành chính viết “tham quan” (xem để học hỏi), không có dấu"},
	{Wrong: "thái độ bàng quang", Right: "thái độ bàng quan", Note: "“bàng quan” là đứng ngoài, thờ ơ; “bàng quang” là một bộ phận cơ thể"},
	{Wrong: "bứt xúc", Right: "bức xúc", Note: "“bức xúc” viết với c"},
	{Wrong: "bức phá", Right: "bứt phá", Note: "“bứt phá” viết với t"},

	// dấu hỏi / dấu ngã
	{Wrong: "kiễm tra", Right: "kiểm tra", Note: "“kiểm” mang dấu hỏi"},
	{Wrong: "tiêu biễu", Right: "tiêu biểu", Note: "“biểu” mang dấu hỏi"},
	{Wrong: "triễn khai", Right: "triển khai", Note: "“triển” mang dấu hỏi"},
	{Wrong: "giãi quyết", Right: "giải quyết", Note: "“giải” mang dấu hỏi"},
	{Wrong: "hòa giãi", Right: "hòa giải", Note: "“giải” mang dấu hỏi"},
	{Wrong: "chuẫn bị", Right: "chuẩn bị", Note: "“chuẩn” mang dấu hỏi"},
	{Wrong: "đãm bảo", Right: "đảm bảo", Note: "“đảm” mang dấu hỏi"},
	{Wrong: "hướng dẩn", Right: "hướng dẫn", Note: "“dẫn” mang dấu ngã"},
	{Wrong: "lảnh đạo", Right: "lãnh đạo", Note: "“lãnh” mang dấu ngã"},
	{Wrong: "lảng phí", Right: "lãng phí", Note: "“lãng” mang dấu ngã"},
	{Wrong: "sữa chữa", Right: "sửa chữa", Note: "“sửa” mang dấu hỏi (“sữa” là sữa uống)",
		NotBefore: []string{"bệnh"}},
	{Wrong: "sữa đổi", Right: "sửa đổi", Note: "“sửa” mang dấu hỏi (“sữa” là sữa uống)"},
	{Wrong: "rỏ ràng", Right: "rõ ràng", Note: "“rõ” mang dấu ngã"},
	{Wrong: "chặt chẻ", Right: "chặt chẽ", Note: "“chẽ” mang dấu ngã"},
	{Wrong: "mạnh mẻ", Right: "mạnh mẽ", Note: "“mẽ” mang dấu ngã"},
	{Wrong: "sẳn sàng", Right: "sẵn sàng", Note: "“sẵn” mang dấu ngã"},
	{Wrong: "dể dàng", Right: "dễ dàng", Note: "“dễ” mang dấu ngã"},
	{Wrong: "chia sẽ", Right: "chia sẻ", Note: "“sẻ” mang dấu hỏi",
		NotAfter:  []string{"phân", "được", "bị"},
		NotBefore: []string{"được", "không", "là", "có", "bị", "phải", "tiếp", "giúp", "tạo", "thực", "diễn", "đi", "đến", "vào", "ra", "làm", "trở", "cho", "theo"}},
	{Wrong: "bồi dưởng", Right: "bồi dưỡng", Note: "“dưỡng” mang dấu ngã"},
	{Wrong: "hưỡng ứng", Right: "hưởng ứng", Note: "“hưởng” mang dấu hỏi"},
	{Wrong: "ảnh hưỡng", Right: "ảnh hưởng", Note: "“hưởng” mang dấu hỏi"},
	{Wrong: "cỗ vũ", Right: "cổ vũ", Note: "“cổ” mang dấu hỏi"},
	{Wrong: "suy nghỉ", Right: "suy nghĩ", Note: "“nghĩ” (nghĩ ngợi) mang dấu ngã"},
	{Wrong: "nghĩ ngơi", Right: "nghỉ ngơi", Note: "“nghỉ” (nghỉ ngơi) mang dấu hỏi"},
	{Wrong: "vẽ vang", Right: "vẻ vang", Note: "“vẻ” mang dấu hỏi"},
	{Wrong: "sức khõe", Right: "sức khỏe", Note: "“khỏe” mang dấu hỏi"},
	{Wrong: "kỹ luật", Right: "kỷ luật", Note: "“kỷ luật” mang dấu hỏi (kỷ: phép tắc)",
		NotAfter: []string{"hiểu", "nắm", "đọc", "học", "nghiên", "xem", "biết", "rõ", "tìm"}},
	{Wrong: "kỹ niệm", Right: "kỷ niệm", Note: "“kỷ niệm” mang dấu hỏi"},
	{Wrong: "kỷ thuật", Right: "kỹ thuật", Note: "“kỹ thuật” mang dấu ngã"},
	{Wrong: "kỷ năng", Right: "kỹ năng", Note: "“kỹ năng” mang dấu ngã"},

	// Vowels and tone marks typed in the wrong place.
	{Wrong: "đòan thể", Right: "đoàn thể", Note: "dấu đặt trên “a”: “đoàn”"},
	{Wrong: "hòan thành", Right: "hoàn thành", Note: "dấu đặt trên “a”: “hoàn”"},
	{Wrong: "tòan diện", Right: "toàn diện", Note: "dấu đặt trên “a”: “toàn”"},
	{Wrong: "hiệu qủa", Right: "hiệu quả", Note: "dấu đặt trên “a”: “quả”"},
	{Wrong: "qúy", Right: "quý", Note: "dấu đặt trên “y”: “quý”"},
}
