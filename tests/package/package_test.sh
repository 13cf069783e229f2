#!/usr/bin/env bash
# Installs coach into a temporary prefix, then builds the embedding host and the plugin template
# against the installed package (find_package(coach)), and checks that:
#   - the installed `coach list` finds the bundled plugins with no flags;
#   - the template's own test passes against the installed engine;
#   - the host loads the template plugin and plans through it, and gets the engine's log lines
#     through its LogSink callback without using spdlog at all.
# Usage: package_test.sh <build-dir> <source-dir> <work-dir>
set -euo pipefail
build=$1 source=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
prefix=$work/prefix

cmake --install "$build" --prefix "$prefix" >/dev/null

echo "== installed coach list"
env -u COACH_PLUGIN_PATH "$prefix/bin/coach" list | tee "$work/list.txt"
for plugin in "$build"/lib/coach/plugins/*.so; do
    [[ -e $plugin ]] || continue
    id=$(basename "$plugin" .so | tr _ -)
    # A plugin with several philosophies lists them as <id>:<name> (protocol.so: protocol:...).
    grep -q "^$id[ :]" "$work/list.txt" || { echo "installed coach list is missing $id" >&2; exit 1; }
done

echo "== plugin template against the installed package"
cmake -S "$source/examples/plugin-template" -B "$work/template" -G Ninja \
      -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/template" >/dev/null
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
