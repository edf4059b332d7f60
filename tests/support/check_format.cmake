# Fails listing every C++ source under app/, ui/ and tests/ that clang-format would change.
file(GLOB_RECURSE sources
     "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
     "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
     "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
list(FILTER sources EXCLUDE REGEX "/node_modules/")
set(unformatted "")
foreach(source IN LISTS sources)
    execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror "${source}"
                    RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        list(APPEND unformatted "${source}")
    endif()
endforeach()
if(unformatted)
    list(JOIN unformatted "\n  " listing)
    message(FATAL_ERROR "Not clang-format clean (run clang-format -i):\n  ${listing}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files are clang-format clean")
