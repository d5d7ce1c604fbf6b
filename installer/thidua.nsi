; Per-user installer of Thi đua - Khen thưởng: no administrator rights,
; installs to the user's programs folder, Start-menu shortcut, optional
; desktop shortcut, an uninstaller in "Apps & features". Installing over an
; earlier version replaces the program and keeps the data; uninstalling
; keeps the data folder (%APPDATA%\ThiDua) unless the clerk ticks its box.
;
; makensis -DVERSION=0.1.0 -DPUBLISHER=… -DEXE=path\to\thidua.exe -DICON=thidua.ico -DOUT=setup.exe
;          [-DSIGNER=path/to/windows-sign.sh] thidua.nsi
; SIGNER signs the uninstaller as makensis writes it (NSIS 3.08 or later).
;
; Silent (/S): installing over a running copy waits for it to close for a
; while, then fails with exit code 2 instead of asking; below Windows 10 it
; fails with exit code 3.

; A 64-bit installer, like the app it installs (Windows 10 or 11, x64).
Target amd64-unicode
!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "FileFunc.nsh"

!define APPNAME "Thi đua - Khen thưởng"
!define APPKEY "ThiDua"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPKEY}"

Name "${APPNAME}"
OutFile "${OUT}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APPKEY}"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
SetCompressor /SOLID lzma
!ifdef SIGNER
  !uninstfinalize '"${SIGNER}" "%1"'
!endif
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "FileDescription" "Cài đặt ${APPNAME}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "© ${PUBLISHER}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\thidua.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Mở ${APPNAME}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Vietnamese"

; The program needs Windows 10 or 11 (64-bit): on Windows 7 and 8.1 it
; would die without a word (bcryptprimitives.dll not found).
!macro RefuseOldWindows
  ${IfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "${APPNAME} cần Windows 10 hoặc Windows 11 (64-bit). Máy này dùng phiên bản Windows cũ hơn nên không cài được." /SD IDOK
    SetErrorLevel 3
    Quit
  ${EndIf}
!macroend

Function .onInit
  !insertmacro RefuseOldWindows
FunctionEnd

; DeleteProgram removes thidua.exe, which a running copy keeps locked: the
; clerk is asked to close it; a silent run waits up to 30 seconds for it to
; close, then gives up with exit code 2.
!macro DeleteProgram un
Function ${un}DeleteProgram
  StrCpy $1 0
  retry:
  ClearErrors
  Delete "$INSTDIR\thidua.exe"
  ${If} ${Errors}
  ${AndIf} ${FileExists} "$INSTDIR\thidua.exe"
    ${If} ${Silent}
      IntOp $1 $1 + 1
      ${If} $1 < 30
        Sleep 1000
        Goto retry
      ${EndIf}
    ${EndIf}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "Ứng dụng ${APPNAME} đang mở. Hãy đóng cửa sổ của ứng dụng rồi bấm Retry (Thử lại); bấm Cancel (Hủy) để dừng." /SD IDCANCEL IDRETRY retry
    SetErrorLevel 2
    Abort
  ${EndIf}
FunctionEnd
!macroend
!insertmacro DeleteProgram ""
!insertmacro DeleteProgram "un."

Section "!${APPNAME}" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  Call DeleteProgram
  File "/oname=thidua.exe" "${EXE}"
  File "/oname=thidua.ico" "${ICON}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\thidua.exe" "" "$INSTDIR\thidua.ico"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\thidua.ico"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

Section "Lối tắt trên màn hình nền" SecDesktop
  CreateShortCut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\thidua.exe" "" "$INSTDIR\thidua.ico"
SectionEnd

LangString DESC_App ${LANG_VIETNAMESE} "Chương trình (bắt buộc). Dữ liệu nằm trong %APPDATA%\ThiDua và được giữ khi cài lại hoặc nâng cấp."
LangString DESC_Desktop ${LANG_VIETNAMESE} "Đặt lối tắt mở ứng dụng trên màn hình nền."
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} $(DESC_App)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} $(DESC_Desktop)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; --- Uninstall -------------------------------------------------------------

Var RemoveData
Var RemoveDataBox

Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "Dữ liệu" "Dữ liệu thi đua, khen thưởng của văn phòng"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 48u "Dữ liệu (kế hoạch, đối tượng, điểm, đề nghị, văn bản đã ban hành, các bản sao lưu) nằm trong thư mục $APPDATA\ThiDua. Mặc định dữ liệu được giữ lại để cài lại hoặc chuyển sang máy khác."
  Pop $0
  ${NSD_CreateCheckbox} 0 56u 100% 12u "Xóa cả dữ liệu (không lấy lại được)"
  Pop $RemoveDataBox
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $RemoveDataBox $RemoveData
FunctionEnd

Function un.onInit
  !insertmacro RefuseOldWindows
FunctionEnd

Section "Uninstall"
  Call un.DeleteProgram
  Delete "$INSTDIR\thidua.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"
  DeleteRegKey HKCU "${UNINSTKEY}"
  ${If} $RemoveData == ${BST_CHECKED}
    RMDir /r "$APPDATA\ThiDua"
    ; Fyne's preferences (window size) and the print previews.
    RMDir /r "$APPDATA\fyne\vn.thidua.desk"
    RMDir "$APPDATA\fyne"
    RMDir /r "$TEMP\thidua"
  ${EndIf}
SectionEnd
