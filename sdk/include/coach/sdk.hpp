#pragma once

// The one header a plugin author includes.
#include "coach/sdk/athlete.hpp"
#include "coach/sdk/catalog.hpp"
#include "coach/sdk/chronology.hpp"
#include "coach/sdk/course.hpp"
#include "coach/sdk/date.hpp"
#include "coach/sdk/detail/abi.hpp"
#include "coach/sdk/history.hpp"
#include "coach/sdk/host_log.hpp"
#include "coach/sdk/host_services.hpp"
#include "coach/sdk/philosophy.hpp"
#include "coach/sdk/plan.hpp"
#include "coach/sdk/plan_builder.hpp"
#include "coach/sdk/plugin.hpp"
#include "coach/sdk/symptoms.hpp"
#include "coach/sdk/version.hpp"
#include "coach/sdk/wording.hpp"
