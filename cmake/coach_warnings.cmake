# Warnings for project code only; consumers of the installed package never see these flags.
add_library(coach_warnings INTERFACE)
target_compile_options(coach_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
    -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough
    # g++ 12 flags designated initializers that leave members at their defaults, which is the
    # point of them (coach::Item{.exercise = ..., .sets = 4}).
    -Wno-missing-field-initializers
    $<$<BOOL:${COACH_WARNINGS_AS_ERRORS}>:-Werror>)
