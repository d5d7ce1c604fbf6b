; Per-user installer of Thi đua - Khen thưởng: no administrator rights,
; installs to the user's programs folder, Start-menu shortcut, optional
; desktop shortcut, an uninstaller in "Apps & features". Installing over an
; earlier version replaces the program and keeps the data; uninstalling
; keeps the data folder (%APPDATA%\ThiDua) unless the clerk ticks its box.
;
; makensis -DVERSION=0.1.0 -DEXE=path\to\thidua.exe -DICON=thidua.ico -DOUT=setup.exe thidua.nsi

; A 64-bit installer, like the app it installs (Windows 10 or 11, x64).
Target amd64-unicode
!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"

!define APPNAME "Thi đua - Khen thưởng"
!define APPKEY "ThiDua"
!define PUBLISHER "Thi đua - Khen thưởng"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPKEY}"

Name "${APPNAME}"
OutFile "${OUT}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APPKEY}"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
SetCompressor /SOLID lzma
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "FileDescription" "Cài đặt ${APPNAME}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

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

Section "!${APPNAME}" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; A running copy keeps thidua.exe locked: ask to close it.
  retry:
  ClearErrors
  Delete "$INSTDIR\thidua.exe"
  ${If} ${Errors}
  ${AndIf} ${FileExists} "$INSTDIR\thidua.exe"
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "Ứng dụng đang mở. Hãy đóng cửa sổ ${APPNAME} rồi bấm Thử lại." IDRETRY retry
    Abort
  ${EndIf}
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
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" 40000
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

Section "Uninstall"
  Delete "$INSTDIR\thidua.exe"
  Delete "$INSTDIR\thidua.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"
  DeleteRegKey HKCU "${UNINSTKEY}"
  ${If} $RemoveData == ${BST_CHECKED}
    RMDir /r "$APPDATA\ThiDua"
  ${EndIf}
SectionEnd
