package org.kbtriage.report.render;

/** The style sheet inlined into every HTML report: no external assets, and a print layout. */
final class ReportStyle {

    private ReportStyle() {
    }

    static final String CSS = """
            :root { --ink: #1d232a; --muted: #5b6672; --line: #d5dbe1; --accent: #0b5cad;
              --hit: #fff1b8; --ok: #1e7d3a; --bad: #b42318; --unknown: #6b7280; }
            * { box-sizing: border-box; }
            body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif;
              color: var(--ink); margin: 0 auto; max-width: 78rem; padding: 1.5rem 2rem 3rem; }
            h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
            h2 { font-size: 1.2rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
            h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
            h4 { font-size: .95rem; margin: .9rem 0 .3rem; text-transform: capitalize; }
            .subtitle { color: var(--muted); margin: 0; word-break: break-all; }
            code, pre, .mono { font-family: "DejaVu Sans Mono", Consolas, Menlo, monospace; font-size: .88em; }
            pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; border: 1px solid var(--line);
              border-radius: 4px; padding: .6rem .8rem; margin: .3rem 0 .8rem; }
            dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.2rem; margin: .5rem 0; }
            dl.summary dt { color: var(--muted); }
            dl.summary dd { margin: 0; overflow-wrap: anywhere; }
            table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
            th, td { text-align: left; vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid var(--line); }
            th { background: #eef1f4; font-weight: 600; }
            td { overflow-wrap: anywhere; }
            tr.matched td { background: var(--hit); }
            tr.matched td.frame { font-weight: 600; }
            tr.generic td.frame { color: var(--muted); }
            tr.signature td.ordinal { box-shadow: inset 3px 0 0 var(--accent); }
            code.signature { display: inline-block; padding: .1rem .4rem; background: #eef4fb; border-left: 3px solid var(--accent); }
            .verdict h2 { margin-top: 0; border: 0; }
            .verdict { border-radius: 6px; padding: .8rem 1rem; margin: 1rem 0; }
            .verdict.confident { background: #e8f5ec; border: 1px solid #9fd3ae; }
            .verdict.none { background: #f3f4f6; border: 1px solid var(--line); }
            .verdict p { margin: .2rem 0; }
            .match { border: 1px solid var(--line); border-radius: 6px; padding: .2rem 1rem .6rem; margin: 1rem 0; }
            .match.confident { border-left: 5px solid var(--ok); }
            .badge { display: inline-block; border-radius: 3px; padding: 0 .45rem; font-size: .8rem; font-weight: 600;
              color: #fff; background: var(--unknown); margin-right: .3rem; vertical-align: middle; }
            .badge.confident, .badge.FIXED { background: var(--ok); }
            .badge.AFFECTED { background: var(--bad); }
            .badge.candidate { background: #9aa4ae; }
            .muted { color: var(--muted); }
            footer { margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: .6rem; color: var(--muted);
              font-size: .85rem; }
            footer p { margin: .15rem 0; }
            a { color: var(--accent); }
            @media print {
              body { font-size: 9.5pt; max-width: none; padding: 0; }
              @page { margin: 15mm 12mm; }
              h2 { break-after: avoid; }
              tr, .verdict, pre { break-inside: avoid; }
              .match { break-inside: avoid-page; }
              th, tr.matched td, .badge, .verdict, code.signature { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              a { color: inherit; text-decoration: none; }
            }
            """;
}
