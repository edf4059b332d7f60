# One INTERFACE target carries the project's strict definitions and warnings; every target links it.
add_library(kvs_strict INTERFACE)
add_library(kvs::strict ALIAS kvs_strict)

target_compile_definitions(kvs_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# QT_NO_CONTEXTLESS_CONNECT only exists from Qt 6.7; define it anyway so newer Qt enforces it.
target_compile_definitions(kvs_strict INTERFACE QT_NO_CONTEXTLESS_CONNECT)

target_compile_options(kvs_strict INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual -Wformat=2
    # Shadowed locals: g++ and clang spell the same check differently.
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    $<$<CXX_COMPILER_ID:Clang>:-Wshadow-uncaptured-local>)

if(KVS_WARNINGS_AS_ERRORS)
    target_compile_options(kvs_strict INTERFACE -Werror)
endif()
