# Warnings for project code only; consumers of the installed package never see these flags.
add_library(coach_warnings INTERFACE)
target_compile_options(coach_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
    -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough
    # g++ 12 flags designated initializers that leave members at their defaults, which is the
    # point of them (coach::Item{.exercise = ..., .sets = 4}).
    -Wno-missing-field-initializers
    # g++ 12 at -O3 (Release) reports `"text" + std::string&&` as an overlapping memcpy
    # (-Wrestrict false positive, GCC PR 105329), which stops Release builds under -Werror.
    $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>
    $<$<BOOL:${COACH_WARNINGS_AS_ERRORS}>:-Werror>)
