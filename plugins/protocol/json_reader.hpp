#pragma once

#include "strict_json/object_reader.hpp"

// Protocol files are read with the engine's own typed reader and wording (common/json, linked
// statically: a plugin cannot link the engine).
namespace coach::protocol {

using strict_json::child_pointer;
using strict_json::closest;
using strict_json::describe;
using strict_json::Elements;
using strict_json::ObjectReader;
using strict_json::parse_object;
using strict_json::Problem;
using strict_json::Problems;
using strict_json::read_integer;

}  // namespace coach::protocol
