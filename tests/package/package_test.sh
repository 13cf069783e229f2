#!/usr/bin/env bash
# Installs coach into a temporary prefix, then builds the embedding host and the plugin template
# against the installed package (find_package(coach)), and checks that:
#   - the plugin template, the JSON Schema, the reference athletes and the documentation are
#     installed under share/coach and share/doc/coach, as they are in the source tree;
#   - the installed `coach list` finds the bundled plugins with no flags;
#   - the template, built from its installed copy, compiles against the SDK's headers alone and
#     links no coach library, and its own test passes against the installed engine;
#   - the host loads the template plugin and plans through it, and gets the engine's log lines
#     through its LogSink callback without using spdlog at all.
# Usage: package_test.sh <build-dir> <source-dir> <work-dir>
set -euo pipefail
build=$1 source=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
prefix=$work/prefix

cmake --install "$build" --prefix "$prefix" >/dev/null

echo "== installed data and documentation"
# Each installed file against its source ("installed source" pairs); the template as a whole.
while read -r installed original; do
    cmp "$prefix/$installed" "$source/$original" \
        || { echo "not installed as in the source: $installed ($original)" >&2; exit 1; }
done <<'FILES'
share/coach/schema/protocol.schema.json sdk/schema/protocol.schema.json
share/coach/schema/athlete.schema.json sdk/schema/athlete.schema.json
share/coach/reference-athletes/grade1_fresh.json sdk/reference_athletes/grade1_fresh.json
share/doc/coach/README.md README.md
share/doc/coach/CHANGELOG.md CHANGELOG.md
share/doc/coach/docs/DATA.md docs/DATA.md
share/doc/coach/docs/DESIGN.md docs/DESIGN.md
share/doc/coach/docs/PHILOSOPHIES.md docs/PHILOSOPHIES.md
share/doc/coach/docs/PERFORMANCE.md docs/PERFORMANCE.md
share/doc/coach/sdk/README.md sdk/README.md
share/doc/coach/plugins/protocol/README.md plugins/protocol/README.md
FILES
template=$prefix/share/coach/plugin-template
diff -r -x 'build*' "$source/examples/plugin-template" "$template" \
    || { echo "the installed plugin template differs from examples/plugin-template" >&2; exit 1; }

echo "== installed coach list"
env -u COACH_PLUGIN_PATH "$prefix/bin/coach" list | tee "$work/list.txt"
for plugin in "$build"/lib/coach/plugins/*.so; do
    [[ -e $plugin ]] || continue
    id=$(basename "$plugin" .so | tr _ -)
    # A plugin with several philosophies lists them as <id>:<name> (protocol.so: protocol:...).
    grep -q "^$id[ :]" "$work/list.txt" || { echo "installed coach list is missing $id" >&2; exit 1; }
done
# A copy of a bundled protocol named with --plugins sets the bundled file aside with a warning
# that names it where it is installed, not by the run path "bin/../lib" (trial 79); exit 0.
cp "$source/plugins/protocol/protocols/nordic-petersen-2011.protocol.json" "$work/"
env -u COACH_PLUGIN_PATH "$prefix/bin/coach" --plugins "$work/nordic-petersen-2011.protocol.json" \
    list 2>"$work/set-aside.txt" >/dev/null
expected="coach: warning: plugin $(readlink -f "$prefix")/lib/coach/plugins/nordic-petersen-2011.protocol.json: "
grep -qF "$expected" "$work/set-aside.txt" \
    || { echo "set-aside warning not as expected:" >&2; cat "$work/set-aside.txt" >&2; exit 1; }

echo "== plugin template, from its installed copy, against the installed package"
cmake -S "$template" -B "$work/template" -G Ninja \
      -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/template" >/dev/null
# The plugin needs the SDK alone: of coach's installed headers it reads only <coach/sdk.hpp> and
# coach/sdk/, and it links no coach library (the engine is only its test's host).
ninja -C "$work/template" -t deps > "$work/template-deps.txt"
# Ninja records some paths relative to the build folder: resolve them all.
plugin_headers=$(awk '/^[^ ]/{object=$1} object ~ /my_protocol\.dir/ && /^ /{print $1}' \
                 "$work/template-deps.txt" | (cd "$work/template" && xargs realpath -m --))
includes=$(realpath "$prefix/include")
grep -qx "$includes/coach/sdk.hpp" <<<"$plugin_headers" \
    || { echo "the template plugin was not built on the installed <coach/sdk.hpp>" >&2; exit 1; }
if grep "^$includes/coach/" <<<"$plugin_headers" \
   | grep -v -e "^$includes/coach/sdk\.hpp$" -e "^$includes/coach/sdk/"; then
    echo "the template plugin includes the coach headers above, which are not the SDK's" >&2
    exit 1
fi
if readelf -d "$work/template/my_protocol.so" | grep NEEDED | grep -i coach; then
    echo "the template plugin links a coach library" >&2
    exit 1
fi
ctest --test-dir "$work/template" --output-on-failure

echo "== embedding host against the installed package"
cmake -S "$source/examples/embed" -B "$work/embed" -G Ninja \
      -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/embed" >/dev/null
env -u COACH_PLUGIN_PATH "$work/embed/embed_host" "$source/examples/athletes/sample.json" \
    "$work/template/my_protocol.so" 2> "$work/embed.log" | tee "$work/embed.txt"
cat "$work/embed.log"
# 41: the sample record has a session logged on its first day, which is not prescribed again.
grep -q "^my-protocol: 41 sessions" "$work/embed.txt"
grep -q "^metric .*my-protocol" "$work/embed.txt"
# The engine's own lines, and a plugin's, reached the host's callback at info level.
grep -q "^vendor log info: loaded my-protocol .* from .*my_protocol.so$" "$work/embed.log"
# The host is spdlog-free: it includes no spdlog header, and its build neither finds nor links it.
if grep -q "#include <spdlog" "$source/examples/embed/main.cpp" \
   || grep -qi spdlog "$work/embed/build.ninja" "$work/embed/CMakeCache.txt"; then
    echo "the embedding host depends on spdlog" >&2
    exit 1
fi


echo "== the authoring guide's walk-through, as written (sdk/README.md)"
walkthrough=$(awk '/<!-- walkthrough -->/{found=1; next} found && /^```sh/{inside=1; next}
                   inside && /^```/{exit} inside{print}' "$source/sdk/README.md")
[[ -n $walkthrough ]] || { echo "no walk-through found in sdk/README.md" >&2; exit 1; }
(cd "$source" && bash -euo pipefail -c "${walkthrough//build\/release/$build}") > "$work/walkthrough.txt"
grep -q "^metric .*my-protocol" "$work/walkthrough.txt"
echo "walk-through passed"
echo "package test passed"
