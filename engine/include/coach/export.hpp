#pragma once

#define COACH_ENGINE_API __attribute__((visibility("default")))
