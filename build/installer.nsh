; Included by electron-builder's NSIS installer (nsis.include in electron-builder.yml).
; Kept to one proven line: NSIS cannot be built on the Linux machines this project is developed
; on, so anything here is checked only on Windows (README, "Memasang aplikasi").

!macro customInstall
  ; Tell Explorer that file associations changed, so .rancang files get their icon and open with
  ; the app right after installing rather than after the next sign-in. Same call as
  ; electron-builder's own uninstaller (templates/nsis/uninstaller.nsh).
  System::Call 'shell32::SHChangeNotify(i, i, i, i) v (0x08000000, 0, 0, 0)'
!macroend
