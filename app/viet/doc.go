// Package viet is the Vietnamese text core of the commendation desk: Unicode
// normalisation and clean-up of what the clerk types or pastes, search keys
// that ignore tone marks and tone placement, the ordering of personal names
// (given name first, as Vietnamese lists are sorted), and the fixed forms of
// official documents under Nghị định 30/2020/NĐ-CP: the date line
// ("Hòa Phong, ngày 05 tháng 01 năm 2025"), the document number
// ("Số: 05/TTr-UBND") and upper-cased headers.
//
// Every function accepts both precomposed (NFC) and decomposed (NFD, "Unicode
// tổ hợp") input and returns NFC. Nothing here rewrites stored text behind the
// caller's back: tone placement ("hòa" or "hoà") is kept as typed and only
// made equal for searching and sorting.
//
// Dates are calendar dates without a time of day: parsed dates are midnight
// UTC of the day typed, and formatting uses the year, month and day of t in
// t's own location. Compare them with dates made the same way.
package viet
