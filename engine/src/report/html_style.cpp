#include "report/html_style.hpp"

namespace coach::report::html {

std::string_view page_style() {
    return R"css(
:root { --ink: #1f2328; --muted: #5c6370; --rule: #d8dbe0; --stop: #b3261e; --advise: #8a5300; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html { background: #fff; }
body { margin: 0 auto; max-width: 1220px; padding: 24px 32px 48px; color: var(--ink);
       background: #fff; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto,
       "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 25px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 34px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 15px; margin: 20px 0 6px; }
p { margin: 6px 0; }
a { color: inherit; }
.lede, .muted, .unit, .explain { color: var(--muted); }
.unit, .explain { font-size: 12.5px; }
nav.contents { margin: 10px 0 0; font-size: 13px; color: var(--muted); }
nav.contents a { margin-right: 12px; }
.referral { border-left: 6px solid; border-radius: 4px; padding: 8px 16px; margin: 14px 0; }
.referral .headline { font-weight: 700; margin: 2px 0 4px; }
.referral ul { margin: 4px 0; padding-left: 20px; }
.referral.stop { border-color: var(--stop); background: #fdecea; }
.referral.stop .headline { color: var(--stop); font-size: 17px; }
.referral.advise { border-color: #d18b00; background: #fff5e1; }
.referral.advise .headline { color: var(--advise); }
.referral.plugin-error { border-color: #6b6f76; background: #f1f2f4; }
.referral.not-applicable { border-color: #6b6f76; background: #f1f2f4; }
.who { color: var(--muted); font-size: 12.5px; }
.no-referrals { color: var(--muted); }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
         gap: 8px 28px; margin: 0; }
.facts dt { font-size: 11.5px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.facts dd { margin: 0; font-weight: 500; }
.tiles { display: flex; flex-wrap: wrap; gap: 10px; }
.tile { border: 1px solid var(--rule); border-radius: 6px; padding: 6px 14px; min-width: 120px; }
.tile .value { font-size: 21px; font-weight: 650; }
.tile .label { font-size: 12px; color: var(--muted); }
.symptoms.flag { color: var(--advise); font-weight: 600; }
figure { margin: 0; }
figure.chart { display: flex; flex-direction: column; }
figure.chart figcaption { flex: 1; }
figcaption { margin: 0 0 4px; }
svg { display: block; width: 100%; height: auto; font-family: inherit; }
svg text { font-size: 11px; fill: #30343b; }
svg .grid { stroke: #e7e8eb; }
svg .baseline { stroke: #8a8f98; }
svg .week { font-weight: 600; }
svg .value { font-size: 9.5px; fill: #1f2328; }
svg .none { fill: #8a8f98; font-style: italic; font-size: 12px; }
svg .tick { fill: var(--muted); }
svg .lane-rule { stroke: var(--rule); }
svg .lane-name { font-size: 13px; font-weight: 700; fill: var(--ink); }
svg .lane-status { fill: var(--muted); }
svg .lane-error { fill: var(--stop); font-weight: 600; font-size: 12px; }
svg .phase { fill: #14171a; }
svg .marker { stroke: #1f2328; stroke-width: 1; }
svg .milestone { font-size: 10.5px; }
svg .milestone-stem { stroke: #5c6370; stroke-dasharray: 2 2; }
svg .as-of-line { stroke: #1f2328; stroke-width: 1.5; stroke-dasharray: 5 3; }
svg .as-of { font-weight: 700; }
svg .injury-line { stroke: var(--stop); stroke-dasharray: 2 3; }
svg .injury { fill: var(--stop); }
svg .goal-line { stroke: #6a3d9a; stroke-dasharray: 6 3; }
svg .goal { fill: #6a3d9a; }
svg .beyond { fill: #f3f4f6; }
svg .note { fill: var(--muted); font-style: italic; }
ul.totals, ul.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 2px 16px; padding: 0;
                       margin: 4px 0 0; }
ul.totals { font-size: 12.5px; }
ul.totals .none { color: var(--muted); }
ul.legend { margin: 0 0 14px; font-weight: 600; }
.parts { font-size: 12px; color: var(--muted); white-space: nowrap; }
.parts .swatch { width: 10px; height: 10px; margin: 0 4px 0 6px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr)); gap: 22px 32px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--rule); }
thead th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
           border-bottom: 2px solid var(--ink); }
table.metrics { table-layout: fixed; }
table.metrics td.number { text-align: right; font-variant-numeric: tabular-nums; }
table.metrics thead th { text-transform: none; letter-spacing: 0; font-size: 13px; color: var(--ink);
                         text-align: right; overflow-wrap: anywhere; }
table.metrics thead th:first-child { text-align: left; width: 190px; }
table.metrics td:first-child { white-space: nowrap; }
.table-scroll { overflow-x: auto; }
table.metrics tr.status td { font-weight: 600; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 6px;
          vertical-align: baseline; }
.plan { border-top: 6px solid; margin-top: 40px; padding-top: 2px; }
.plan h2 { border-bottom: none; margin-top: 10px; }
.version { font-weight: 400; color: var(--muted); font-size: 15px; }
.status { font-size: 12px; font-weight: 600; border-radius: 10px; padding: 2px 9px; margin-left: 6px;
          vertical-align: middle; background: #e8f3ec; color: #1b6b3a; }
.status.referral, .status.error { background: #fdecea; color: var(--stop); }
.status.not_applicable { background: #f1f2f4; color: var(--muted); }
.plan-referral { border-left: 4px solid; padding: 4px 10px; }
.plan-referral.stop { border-color: var(--stop); color: var(--stop); font-weight: 600; }
.plan-referral.advise { border-color: #d18b00; color: var(--advise); }
.withheld { font-weight: 600; }
ul.milestones { list-style: none; padding: 0; margin: 6px 0; display: flex; flex-wrap: wrap; gap: 6px 28px; }
ul.milestones .label { font-weight: 650; }
table.phases td.name { font-weight: 600; white-space: nowrap; }
table.phases td.dates { white-space: nowrap; }
table.phases ul { margin: 0; padding-left: 16px; }
table.days td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
table.days td.focus { width: 20%; }
table.days tr.phase-row th { background: #f3f4f6; font-weight: 650; border-bottom: 1px solid var(--rule); }
table.days tr.rest td { color: var(--muted); }
table.days tr.projected td.date, td.projected, .projected-mark { font-style: italic; }
.estimate { font-size: 11px; color: var(--advise); border: 1px dashed var(--advise); border-radius: 8px;
            padding: 0 6px; margin-left: 4px; white-space: nowrap; font-style: normal; }
ul.items { list-style: none; margin: 0; padding: 0; }
ul.items li { margin: 0 0 3px; }
.what { font-weight: 500; }
.category { font-size: 11px; color: var(--muted); border: 1px solid var(--rule); border-radius: 8px;
            padding: 0 6px; margin-left: 4px; white-space: nowrap; }
.cue { font-size: 12.5px; color: var(--muted); }
.provenance { font-size: 12px; color: var(--muted); margin-top: 14px; }
.provenance code { font-size: 11px; word-break: break-all; }
footer { margin-top: 40px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--rule);
         padding-top: 8px; }
@page { size: A4; margin: 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav.contents { display: none; }
  .plan { break-before: page; margin-top: 0; }
  figure, .referral, .tiles, tr { break-inside: avoid; }
  h2, h3, tr.phase-row { break-after: avoid; }
  thead { display: table-header-group; }
  a { text-decoration: none; }
}
)css";
}

}  // namespace coach::report::html
