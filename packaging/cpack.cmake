# The Debian package (cpack -G DEB). Every CPACK_ variable must be set before include(CPack), which writes
# CPackConfig.cmake into the top-level build directory.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME packhouse)
set(CPACK_PACKAGE_VENDOR "Packhouse")
set(CPACK_PACKAGE_CONTACT "Packhouse maintainers <packhouse@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian wants the long description wrapped to 80 columns; CPack prefixes each line and turns empty ones into " .".
set(CPACK_PACKAGE_DESCRIPTION [=[
Packhouse is a desktop app for the people who look after GitHub Packages.
It browses an account's and its organizations' packages of every type and
shows each package's versions as a tree: container tags, multi-arch image
indexes with their platform manifests and attestations, deleted versions.

Before anything is deleted it shows exactly what the deletion takes; it
deletes one or many versions safely and restores what was deleted by
accident. Works with github.com and GitHub Enterprise Server; tokens are
kept in the desktop's Secret Service keyring.]=])
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# shlibdeps only sees linked libraries; the SVG icon engine (the window icon) is a plugin Qt loads at run time.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# The Wayland platform plugin is a separate package; X11 (xcb) comes with libqt6gui6. Qt's own translations
# (standard buttons, the command line's help) beside Packhouse's, which are built in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
