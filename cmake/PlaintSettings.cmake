# Compile settings shared by every Plaint target, carried by one INTERFACE
# target instead of directory-wide flags.
add_library(plaint_settings INTERFACE)

target_compile_definitions(plaint_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    PLAINT_VERSION="${PROJECT_VERSION}")

# -Wnull-dereference is left out: with -O2 GCC 12 reports it inside Qt's own
# QHash iterators, depending on what it inlines.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(plaint_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wshadow -Wnon-virtual-dtor
        -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(PLAINT_WERROR)
        target_compile_options(plaint_settings INTERFACE -Werror)
    endif()
    if(PLAINT_SANITIZE)
        target_compile_options(plaint_settings INTERFACE
            -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_link_options(plaint_settings INTERFACE -fsanitize=address,undefined)
    endif()
    if(PLAINT_FUZZ)
        # Every library the fuzzers reach is instrumented for coverage and checked by ASan/UBSan.
        target_compile_options(plaint_settings INTERFACE
            -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_link_options(plaint_settings INTERFACE -fsanitize=address,undefined)
    endif()
endif()

find_program(PLAINT_CCACHE ccache)
if(PLAINT_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${PLAINT_CCACHE}" CACHE STRING "" FORCE)
endif()
