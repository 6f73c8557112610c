; The Windows installer: a per-user install that needs no administrator rights.
;
;   - installs the one-folder build into %LOCALAPPDATA%\Programs\mouliaison (the user may choose
;     another folder), with a Start-menu entry;
;   - registers its uninstaller under HKCU, so it shows in Settings > Apps for this user only;
;   - the uninstaller removes the program files and the entry, and never the user's data: the
;     database, its backups and preferences live in %LOCALAPPDATA%\mouliaison (platformdirs),
;     the window's geometry under HKCU\Software\mouliaison (Qt), and are all left in place.
;
; Built by `python installer/build.py`, which passes:
;   makensis /DNAME=mouliaison /DVERSION=0.1.0 /DSOURCE_DIR=dist\mouliaison /DICON=...ico
;            /DOUTFILE=dist\mouliaison-0.1.0-setup.exe installer\mouliaison.nsi
; Silent install / uninstall (the Windows workflow uses them): setup.exe /S, uninstall.exe /S.

Unicode true

!ifndef NAME
  !error "NAME is not defined: run python installer/build.py (or makensis /DNAME=mouliaison ...)"
!endif
!ifndef VERSION
  !error "VERSION is not defined: run python installer/build.py (or makensis /DVERSION=x.y.z ...)"
!endif
!ifndef SOURCE_DIR
  !error "SOURCE_DIR (the one-folder build, dist\mouliaison) is not defined: run python installer/build.py"
!endif
!ifndef OUTFILE
  !error "OUTFILE is not defined: run python installer/build.py"
!endif
!ifndef ICON
  !error "ICON (the .ico drawn from the SVG) is not defined: run python installer/build.py"
!endif
!ifndef VERSION_QUAD
  !define VERSION_QUAD "${VERSION}.0"
!endif

!define WINDOW_EXE "${NAME}.exe"
!define CONSOLE_EXE "${NAME}-cli.exe"
!define UNINSTALLER "uninstall.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${NAME}"
!define SHORTCUT "$SMPROGRAMS\${NAME}.lnk"

!include "MUI2.nsh"
!include "FileFunc.nsh"

Name "${NAME} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user ; no UAC prompt: everything goes to the user's own folders and HKCU
InstallDir "$LOCALAPPDATA\Programs\${NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation" ; an upgrade goes where the last install went
!ifdef STANDIN_PAYLOAD
  ; build.py on Linux: the script is compiled over the Linux build only to catch a broken
  ; script early; compressing that stand-in would cost CI a minute and prove nothing more.
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=1033 "ProductName" "${NAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${NAME} ${VERSION} installer"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT License"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${WINDOW_EXE}"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The application's languages; Windows' display language picks one, English otherwise.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Spanish"

Section "${NAME}" SectionProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the whole library folder, so no module of the older release survives.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"
  CreateShortcut "${SHORTCUT}" "$INSTDIR\${WINDOW_EXE}" "" "$INSTDIR\${WINDOW_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${WINDOW_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "${SHORTCUT}"
  ; Only what the installer put there: if someone kept a file in this folder, it stays (and so
  ; does the folder). The user's data folder, %LOCALAPPDATA%\mouliaison, is never touched.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${WINDOW_EXE}"
  Delete "$INSTDIR\${CONSOLE_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
