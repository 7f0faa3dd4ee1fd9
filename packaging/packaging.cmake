# Installation layout and packages for every platform Plaint ships on.
# One application id everywhere: the .desktop file, AppStream metainfo, the
# icon name, the MIME package, the Flatpak manifest and QGuiApplication's
# desktopFileName (app/main.cpp).
set(PLAINT_APP_ID "io.github.plaint.Plaint")
set(PLAINT_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")

include(GNUInstallDirs)

if(UNIX AND NOT APPLE)
    install(FILES "${PLAINT_PACKAGING_DIR}/linux/${PLAINT_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${PLAINT_PACKAGING_DIR}/linux/${PLAINT_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    # Case files (*.plaint, and SQLite files carrying Plaint's application_id).
    install(FILES "${PLAINT_PACKAGING_DIR}/linux/${PLAINT_APP_ID}.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/plaint.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
            RENAME "${PLAINT_APP_ID}.svg")
endif()
# Translations are compiled into the binary as resources: nothing to install.

if(APPLE)
    # A Plaint.app bundle: `cmake --install` then `macdeployqt Plaint.app -dmg`
    # (see packaging/README.md). The bundle declares .plaint case files.
    set_target_properties(plaint PROPERTIES
        MACOSX_BUNDLE TRUE
        OUTPUT_NAME "Plaint"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${PLAINT_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_NAME "Plaint"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_INFO_PLIST "${PLAINT_PACKAGING_DIR}/macos/Info.plist.in")
    install(TARGETS plaint BUNDLE DESTINATION .)
endif()

set(CPACK_PACKAGE_NAME "plaint")
set(CPACK_PACKAGE_VENDOR "Plaint")
set(CPACK_PACKAGE_CONTACT "Plaint maintainers <maintainers@plaint.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Plaint keeps the record of a dispute with a company: every call, visit, chat, SMS and letter on one timeline, with who said what and when, each promise and its deadline, and the evidence, in a tamper-evident library. Works as well in Simplified and Traditional Chinese as in English.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Plaint")
set(CPACK_PACKAGE_EXECUTABLES "plaint" "Plaint")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_SOURCE_IGNORE_FILES "/build[^/]*/" "/\\\\.git/")

if(WIN32)
    # NSIS installer: `cmake --install` with windeployqt first (packaging/README.md).
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_DISPLAY_NAME "Plaint")
    set(CPACK_NSIS_PACKAGE_NAME "Plaint")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\plaint.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Plaint.lnk' '$INSTDIR\\\\bin\\\\plaint.exe'")
    # Double-clicking a case file opens Plaint, which imports it.
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
        "WriteRegStr HKCR '.plaint' '' 'Plaint.Case'\n\
WriteRegStr HKCR 'Plaint.Case' '' 'Plaint case file'\n\
WriteRegStr HKCR 'Plaint.Case\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\plaint.exe\\\" \\\"%1\\\"'")
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
        "DeleteRegKey HKCR '.plaint'\nDeleteRegKey HKCR 'Plaint.Case'")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Plaint")
else()
    # `make package`: a .deb that declares what Plaint runs on. The linked
    # libraries come from dpkg-shlibdeps; plug-ins and data do not show up in
    # the binary's links, so they are named here: the SQLite driver (the
    # library itself), the SVG icon engine (channel icons), the CJK fonts
    # (Chinese text must never render as boxes), the MIME database (case
    # files, evidence types), Qt's own translations (Language::apply loads
    # qtbase_zh_*.qm from the system: without them a Chinese window has
    # English Yes/No buttons and Qt's messages), and GStreamer's base and good
    # plug-ins, which Qt Multimedia plays recordings of calls through (base:
    # playbin, decodebin, Ogg/Vorbis/Opus; good: WAV, MP3, FLAC, the audio
    # output). The X11 platform plug-in ships in libqt6gui6.
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Debug information stays in the build folder; users get a small binary.
    set(CPACK_STRIP_FILES ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6sql6-sqlite, libqt6svg6, fonts-noto-cjk, shared-mime-info, qt6-translations-l10n, \
gstreamer1.0-plugins-base, gstreamer1.0-plugins-good")
    # Wayland sessions run Plaint natively with it, through XWayland without
    # it; gstreamer1.0-libav plays AAC (.m4a), the format most phones record calls in.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, gstreamer1.0-libav")
endif()

include(CPack)
