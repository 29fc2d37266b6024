// Test helper: reads and renders archive files the way Jekyll does (its front matter regex, Ruby Psych
// safe_load, Liquid, kramdown), each batch in one Ruby process, with every value typed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A Ruby value, tagged with its type so a string can never be confused with a Time or a number. */
export type RubyValue =
  | { str: string }
  | { time: string }
  | { date: string }
  | { int: string }
  | { float: string }
  | { bool: boolean }
  | { null: true }
  | { list: RubyValue[] }
  | { map: Record<string, RubyValue> }
  | { other: string; class: string };

export type JekyllReading =
  | { ok: true; data: RubyValue; /** The first line of what Jekyll treats as content. */ firstContentLine: string }
  | { ok: false; error: string };

/** Jekyll's Document::YAML_FRONT_MATTER_REGEXP and the SafeYAML.load it uses, with typed JSON output. */
const RUBY_SCRIPT = String.raw`
require 'json'
require 'yaml'
require 'date'
FRONT_MATTER = /\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)/m
def tag(v)
  case v
  when String then { 'str' => v }
  when Time then { 'time' => v.utc.strftime('%Y-%m-%dT%H:%M:%S.%LZ') }
  when Date then { 'date' => v.iso8601 }
  when Integer then { 'int' => v.to_s }
  when Float then { 'float' => v.to_s }
  when true, false then { 'bool' => v }
  when nil then { 'null' => true }
  when Array then { 'list' => v.map { |x| tag(x) } }
  when Hash then { 'map' => v.each_with_object({}) { |(k, x), h| h[k.to_s] = tag(x) } }
  else { 'other' => v.to_s, 'class' => v.class.name }
  end
end
files = JSON.parse(File.read(ARGV[0], encoding: 'UTF-8'))
out = files.map do |text|
  begin
    m = FRONT_MATTER.match(text)
    if m.nil?
      { 'ok' => false, 'error' => 'no front matter (Jekyll would copy the file as it is)' }
    else
      data = YAML.safe_load(m[1], permitted_classes: [Time, Date])
      { 'ok' => true, 'data' => tag(data), 'firstContentLine' => m.post_match.lines.first.to_s.chomp }
    end
  rescue StandardError, Psych::Exception => e
    { 'ok' => false, 'error' => "#{e.class}: #{e.message}" }
  end
end
File.write(ARGV[1], JSON.generate(out), encoding: 'UTF-8')
`;

/** Thrown when Ruby cannot be run: the Psych round-trip test must fail loudly, never skip. */
export class RubyUnavailableError extends Error {
  override name = 'RubyUnavailableError';
}

/** Reads every file as Jekyll would, in one `ruby` process. */
export function readWithJekyllPsych(files: readonly string[]): JekyllReading[] {
  const dir = mkdtempSync(join(tmpdir(), 'psych-'));
  try {
    const script = join(dir, 'read.rb');
    const input = join(dir, 'in.json');
    const output = join(dir, 'out.json');
    writeFileSync(script, RUBY_SCRIPT);
    writeFileSync(input, JSON.stringify(files));
    const run = spawnSync('ruby', [script, input, output], { encoding: 'utf8', timeout: 120_000 });
    if (run.error) {
      throw new RubyUnavailableError(
        `Could not run ruby (${run.error.message}); install it (Debian: apt-get install -y ruby) so Jekyll's YAML reader, Psych, can check the front matter.`,
      );
    }
    if (run.status !== 0) throw new RubyUnavailableError(`ruby exited with ${run.status}: ${run.stderr}`);
    return JSON.parse(readFileSync(output, 'utf8')) as JekyllReading[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Psych version, for the test's log. */
export function psychVersion(): string {
  const run = spawnSync('ruby', ['-ryaml', '-e', 'print "#{RUBY_VERSION} Psych #{Psych::VERSION} libyaml #{Psych::LIBYAML_VERSION}"'], {
    encoding: 'utf8',
  });
  return run.status === 0 ? run.stdout : 'unknown';
}

/** What Jekyll makes of an archive file's content: Liquid's output, and the header link as kramdown renders it. */
export type JekyllRendering =
  | { ok: true; liquidOutput: string; linkHref: string | null; linkText: string | null }
  | { ok: false; error: string };

/** Liquid (strict) then kramdown with GFM input, as Jekyll renders a post; the first link's href and text, HTML-decoded. */
const RENDER_SCRIPT = String.raw`
require 'json'
require 'cgi'
require 'liquid'
require 'kramdown'
require 'kramdown-parser-gfm'
FRONT_MATTER = /\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)/m
files = JSON.parse(File.read(ARGV[0], encoding: 'UTF-8'))
out = files.map do |text|
  begin
    content = FRONT_MATTER.match(text).post_match
    rendered = Liquid::Template.parse(content, error_mode: :strict).render({})
    html = Kramdown::Document.new(rendered, input: 'GFM').to_html
    link = /<a href="([^"]*)">(.*?)<\/a>/m.match(html)
    { 'ok' => true, 'liquidOutput' => rendered, 'linkHref' => link && CGI.unescapeHTML(link[1]), 'linkText' => link && CGI.unescapeHTML(link[2]) }
  rescue StandardError => e
    { 'ok' => false, 'error' => "#{e.class}: #{e.message}" }
  end
end
File.write(ARGV[1], JSON.generate(out), encoding: 'UTF-8')
`;

/** Whether Ruby has Liquid, kramdown and its GFM parser (Debian: ruby-liquid ruby-kramdown ruby-kramdown-parser-gfm). */
export function jekyllRendererAvailable(): boolean {
  const run = spawnSync('ruby', ['-e', 'require "liquid"; require "kramdown"; require "kramdown-parser-gfm"'], { encoding: 'utf8' });
  return run.status === 0;
}

/** Renders every file as Jekyll would (Liquid, then kramdown), in one `ruby` process. */
export function renderWithJekyll(files: readonly string[]): JekyllRendering[] {
  const dir = mkdtempSync(join(tmpdir(), 'jekyll-render-'));
  try {
    const script = join(dir, 'render.rb');
    const input = join(dir, 'in.json');
    const output = join(dir, 'out.json');
    writeFileSync(script, RENDER_SCRIPT);
    writeFileSync(input, JSON.stringify(files));
    const run = spawnSync('ruby', [script, input, output], { encoding: 'utf8', timeout: 300_000 });
    if (run.error || run.status !== 0) {
      throw new RubyUnavailableError(
        `Could not render with Liquid and kramdown (${run.error?.message ?? run.stderr}); install them (Debian: apt-get install -y ruby-liquid ruby-kramdown ruby-kramdown-parser-gfm).`,
      );
    }
    return JSON.parse(readFileSync(output, 'utf8')) as JekyllRendering[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
