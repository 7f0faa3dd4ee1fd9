# CPack settings: `cpack --config build/CPackConfig.cmake -G DEB` builds a .deb
# that declares the Debian packages Plaint runs on.
set(CPACK_PACKAGE_NAME "plaint")
set(CPACK_PACKAGE_VENDOR "Plaint")
set(CPACK_PACKAGE_CONTACT "Plaint maintainers <maintainers@plaint.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SQLite driver is a plug-in and MIME detection reads the shared database:
# neither shows up in the binary's linked libraries.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, shared-mime-info")
include(CPack)
