#!/usr/bin/env node
// Offline check of CloudFormation templates against the CloudFormation
// resource specification shipped in the npm package @aws-cdk/cfnspec
// (node_modules/@aws-cdk/cfnspec/spec/specification.json).
//
// Usage: node tests/cfn/check-spec.js TEMPLATE...
//   Prints one line per problem:  TEMPLATE: Resources.X.Properties.Y: what is wrong
//   then:                         N templates, M resources, K problems
//   Exit status: 0 no problem, 1 problems found, 2 unreadable input / usage error.
//
// Install the dependencies first: npm ci --prefix tests/cfn --no-audit --no-fund
'use strict';

const fs = require('fs');
const path = require('path');

const MODULES = path.join(__dirname, 'node_modules');

function loadDependency(what, file) {
  try {
    return require(path.join(MODULES, file));
  } catch (e) {
    process.stderr.write(`check-spec.js: cannot load ${what} from ${path.join(MODULES, file)}: ${e.message}\n` +
      'Install it first: npm ci --prefix tests/cfn --no-audit --no-fund\n');
    process.exit(2);
  }
}

const yaml = loadDependency('js-yaml (brought in by cfn-lint)', 'js-yaml');
const SPEC = loadDependency('the CloudFormation resource specification',
  '@aws-cdk/cfnspec/spec/specification.json');

const TOP_LEVEL_KEYS = ['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Mappings',
  'Conditions', 'Resources', 'Outputs',
  // Also valid CloudFormation sections, though VPC Designer does not write them.
  'Transform', 'Rules'];
const RESOURCE_KEYS = ['Type', 'Properties', 'DependsOn', 'Condition', 'Metadata', 'DeletionPolicy',
  'UpdateReplacePolicy', 'CreationPolicy', 'UpdatePolicy'];
const OUTPUT_KEYS = ['Description', 'Value', 'Export', 'Condition'];
const PSEUDO_PARAMETERS = ['AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition',
  'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix'];
const POLICIES = ['Delete', 'Retain', 'Snapshot', 'RetainExceptOnCreate'];
const PARAMETER_TYPES = ['String', 'Number', 'List<Number>', 'CommaDelimitedList'];
const AWS_PARAMETER_TYPE = /^(List<)?AWS::(EC2::(AvailabilityZone::Name|Image::Id|Instance::Id|KeyPair::KeyName|SecurityGroup::GroupName|SecurityGroup::Id|Subnet::Id|Volume::Id|VPC::Id)|Route53::HostedZone::Id)>?$/;
const SSM_PARAMETER_TYPE = /^AWS::SSM::Parameter::(Name|Value<.+>)$/;

// ---------------------------------------------------------------- helpers

const isMapping = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const has = (obj, key) => isMapping(obj) && Object.prototype.hasOwnProperty.call(obj, key);

/** A mapping with exactly one key, `Ref` or `Fn::*` (also `Condition`, used inside Fn::And etc.). */
function isIntrinsic(v) {
  if (!isMapping(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

function describe(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (isMapping(v)) return 'a mapping';
  if (typeof v === 'string') return `string ${JSON.stringify(v.length > 40 ? v.slice(0, 37) + '...' : v)}`;
  return `${typeof v} ${JSON.stringify(v)}`;
}

function joinPath(base, key) {
  if (typeof key === 'number') return `${base}[${key}]`;
  return /^[A-Za-z0-9_:-]+$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

function editDistance(a, b) {
  a = a.toLowerCase(); b = b.toLowerCase();
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

/** " (did you mean X?)" for the closest candidate, if it is close enough. */
function suggest(name, candidates) {
  let best = null; let bestD = Infinity;
  for (const c of candidates) {
    const dist = editDistance(name, c);
    if (dist < bestD) { best = c; bestD = dist; }
  }
  const close = bestD <= Math.max(2, Math.floor(name.length / 4)) && bestD < name.length / 2;
  return best !== null && close ? ` (did you mean ${best}?)` : '';
}

// ---------------------------------------------------------------- reading

class Unreadable extends Error {}

function readTemplate(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new Unreadable(`cannot read file: ${e.code || e.message}`);
  }
  text = text.replace(/^\uFEFF/, ''); // byte order mark
  if (text.trim() === '') throw new Unreadable('empty file');
  const looksJson = /\.json$/i.test(file) || /^\s*[{[]/.test(text);
  if (looksJson) {
    try {
      return JSON.parse(text);
    } catch (e) {
      if (/\.json$/i.test(file)) throw new Unreadable(`invalid JSON: ${e.message}`);
      // not JSON after all: fall through to YAML (JSON is mostly YAML anyway)
    }
  }
  try {
    // CORE_SCHEMA: plain YAML scalars (no timestamps), so an unquoted 2010-09-09 stays a string.
    return yaml.safeLoad(text, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (e) {
    const tag = /unknown tag !<(![^>]*)>/.exec(e.message || '');
    if (tag) {
      const where = e.mark ? ` at line ${e.mark.line + 1}` : '';
      const name = tag[1].slice(1);
      const long = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
      throw new Unreadable(`short-form intrinsic tag ${tag[1]}${where} is not supported; ` +
        `write the long form "${long}:" instead`);
    }
    throw new Unreadable(`invalid YAML: ${(e.message || String(e)).split('\n')[0]}`);
  }
}

// ---------------------------------------------------------------- checking

class TemplateChecker {
  constructor(name, template) {
    this.name = name;
    this.t = template;
    this.problems = [];
    template = isMapping(template) ? template : {};
    this.resources = isMapping(template.Resources) ? template.Resources : {};
    this.parameters = isMapping(template.Parameters) ? template.Parameters : {};
    this.conditions = isMapping(template.Conditions) ? template.Conditions : {};
    this.mappings = isMapping(template.Mappings) ? template.Mappings : {};
  }

  report(where, message) {
    this.problems.push(`${this.name}: ${where}: ${message}`);
  }

  run() {
    const t = this.t;
    if (!isMapping(t)) {
      this.report('(template)', `template must be a mapping, got ${describe(t)}`);
      return;
    }
    for (const key of Object.keys(t)) {
      if (!TOP_LEVEL_KEYS.includes(key)) {
        this.report(key, `unknown top-level key${suggest(key, TOP_LEVEL_KEYS)}`);
      }
    }
    if (has(t, 'AWSTemplateFormatVersion') && t.AWSTemplateFormatVersion !== '2010-09-09') {
      this.report('AWSTemplateFormatVersion', `must be "2010-09-09", got ${describe(t.AWSTemplateFormatVersion)}`);
    }
    if (has(t, 'Description') && typeof t.Description !== 'string') {
      this.report('Description', `must be a string, got ${describe(t.Description)}`);
    }
    for (const section of ['Metadata', 'Parameters', 'Mappings', 'Conditions', 'Outputs', 'Rules']) {
      if (has(t, section) && !isMapping(t[section])) {
        this.report(section, `must be a mapping, got ${describe(t[section])}`);
      }
    }
    this.checkParameters();
    this.checkConditions();
    if (!has(t, 'Resources')) {
      this.report('Resources', 'missing (a template needs at least one resource)');
    } else if (!isMapping(t.Resources)) {
      this.report('Resources', `must be a mapping, got ${describe(t.Resources)}`);
    } else if (Object.keys(t.Resources).length === 0) {
      this.report('Resources', 'is empty (a template needs at least one resource)');
    }
    for (const [id, res] of Object.entries(this.resources)) this.checkResource(id, res);
    this.checkOutputs();
  }

  checkParameters() {
    for (const [name, p] of Object.entries(this.parameters)) {
      const where = joinPath('Parameters', name);
      if (has(this.resources, name)) this.report(where, 'a parameter and a resource have the same logical id');
      if (!isMapping(p)) { this.report(where, `must be a mapping, got ${describe(p)}`); continue; }
      if (!has(p, 'Type')) { this.report(where, 'missing Type'); continue; }
      const type = p.Type;
      if (typeof type !== 'string' || !(PARAMETER_TYPES.includes(type) || AWS_PARAMETER_TYPE.test(type) ||
          SSM_PARAMETER_TYPE.test(type))) {
        this.report(joinPath(where, 'Type'), `unknown parameter type ${describe(type)}`);
      }
    }
  }

  checkConditions() {
    for (const [name, c] of Object.entries(this.conditions)) {
      this.walkIntrinsics(c, joinPath('Conditions', name), { inConditions: true });
    }
  }

  checkOutputs() {
    if (!isMapping(this.t.Outputs)) return;
    for (const [name, o] of Object.entries(this.t.Outputs)) {
      const where = joinPath('Outputs', name);
      if (!isMapping(o)) { this.report(where, `must be a mapping, got ${describe(o)}`); continue; }
      for (const key of Object.keys(o)) {
        if (!OUTPUT_KEYS.includes(key)) this.report(joinPath(where, key), `unknown output key${suggest(key, OUTPUT_KEYS)}`);
      }
      if (!has(o, 'Value')) this.report(where, 'missing Value');
      if (has(o, 'Export') && !(isMapping(o.Export) && has(o.Export, 'Name'))) {
        this.report(joinPath(where, 'Export'), 'must be a mapping with a Name');
      }
      if (has(o, 'Condition')) this.checkConditionName(o.Condition, joinPath(where, 'Condition'));
      this.walkIntrinsics(o.Value, joinPath(where, 'Value'));
      if (has(o, 'Export')) this.walkIntrinsics(o.Export, joinPath(where, 'Export'));
    }
  }

  checkConditionName(name, where) {
    if (typeof name !== 'string') this.report(where, `condition name must be a string, got ${describe(name)}`);
    else if (!has(this.conditions, name)) {
      this.report(where, `unknown condition "${name}"${suggest(name, Object.keys(this.conditions))}`);
    }
  }

  checkResource(id, res) {
    const where = joinPath('Resources', id);
    if (!/^[A-Za-z0-9]+$/.test(id)) this.report(where, 'logical id must be alphanumeric (A-Za-z0-9)');
    if (!isMapping(res)) { this.report(where, `must be a mapping, got ${describe(res)}`); return; }
    for (const key of Object.keys(res)) {
      if (!RESOURCE_KEYS.includes(key)) this.report(joinPath(where, key), `unknown resource attribute${suggest(key, RESOURCE_KEYS)}`);
    }
    for (const policy of ['DeletionPolicy', 'UpdateReplacePolicy']) {
      if (has(res, policy) && !POLICIES.includes(res[policy]) && !isIntrinsic(res[policy])) {
        this.report(joinPath(where, policy), `must be one of ${POLICIES.join(', ')}, got ${describe(res[policy])}`);
      }
    }
    if (has(res, 'Condition')) this.checkConditionName(res.Condition, joinPath(where, 'Condition'));
    if (has(res, 'DependsOn')) this.checkDependsOn(id, res.DependsOn, joinPath(where, 'DependsOn'));
    if (has(res, 'Properties')) this.walkIntrinsics(res.Properties, joinPath(where, 'Properties'));

    if (!has(res, 'Type')) { this.report(where, 'missing Type'); return; }
    const type = res.Type;
    const typeWhere = joinPath(where, 'Type');
    if (typeof type !== 'string') { this.report(typeWhere, `must be a string, got ${describe(type)}`); return; }

    let spec = SPEC.ResourceTypes[type];
    const custom = type.startsWith('Custom::');
    if (custom) spec = SPEC.ResourceTypes['AWS::CloudFormation::CustomResource'];
    if (!spec) {
      this.report(typeWhere, `unknown resource type ${type}${suggest(type, Object.keys(SPEC.ResourceTypes))}`);
      return;
    }
    const props = has(res, 'Properties') ? res.Properties : {};
    const propsWhere = joinPath(where, 'Properties');
    if (isIntrinsic(props)) return; // e.g. Fn::If choosing a whole property set
    if (!isMapping(props)) { this.report(propsWhere, `must be a mapping, got ${describe(props)}`); return; }
    this.checkObject(props, spec, type, type, propsWhere, !!(custom || spec.AdditionalProperties));
  }

  checkDependsOn(id, dep, where) {
    const list = Array.isArray(dep) ? dep : [dep];
    list.forEach((d, i) => {
      const w = Array.isArray(dep) ? joinPath(where, i) : where;
      if (typeof d !== 'string') this.report(w, `must name a resource, got ${describe(d)}`);
      else if (d === id) this.report(w, 'a resource cannot depend on itself');
      else if (!has(this.resources, d)) {
        this.report(w, `names unknown resource "${d}"${suggest(d, Object.keys(this.resources))}`);
      }
    });
  }

  /**
   * Check a mapping of properties against a spec entry that has `Properties`
   * (a resource type or a property type). `scope` is the resource type name used
   * to resolve relative property type names.
   */
  checkObject(obj, spec, specName, scope, where, allowExtra) {
    const known = spec.Properties || {};
    for (const [key, value] of Object.entries(obj)) {
      const w = joinPath(where, key);
      if (!has(known, key)) {
        if (!allowExtra) this.report(w, `unknown property for ${specName}${suggest(key, Object.keys(known))}`);
        continue;
      }
      this.checkValue(value, known[key], scope, w);
    }
    for (const [key, p] of Object.entries(known)) {
      if (p.Required && !has(obj, key)) this.report(where, `missing required property ${key} of ${specName}`);
    }
  }

  /** Find a property type by name, relative to the resource type `scope`. */
  propertyType(name, scope) {
    return SPEC.PropertyTypes[`${scope}.${name}`] ? [`${scope}.${name}`, SPEC.PropertyTypes[`${scope}.${name}`]]
      : SPEC.PropertyTypes[name] ? [name, SPEC.PropertyTypes[name]] : [name, null];
  }

  /** Check one value against a property spec (PrimitiveType / Type / ItemType ...). */
  checkValue(value, pspec, scope, where) {
    if (isIntrinsic(value)) return; // any type; Ref/GetAtt targets are checked by walkIntrinsics
    if (value === null || value === undefined) { this.report(where, 'value is null'); return; }

    // The spec normally gives one type. The SAM part of it also has unions
    // (PrimitiveTypes, Types, PrimitiveItemTypes, ItemTypes, Inclusive*ItemTypes).
    const itemAlts = [...(pspec.PrimitiveItemTypes || []), ...(pspec.InclusivePrimitiveItemTypes || [])]
      .map((t) => ({ PrimitiveType: t }))
      .concat([...(pspec.ItemTypes || []), ...(pspec.InclusiveItemTypes || [])].map((t) => ({ Type: t })));
    const alts = [];
    if (pspec.PrimitiveType) alts.push({ PrimitiveType: pspec.PrimitiveType });
    for (const t of pspec.PrimitiveTypes || []) alts.push({ PrimitiveType: t });
    if (pspec.Type) alts.push({ Type: pspec.Type, PrimitiveItemType: pspec.PrimitiveItemType, ItemType: pspec.ItemType });
    for (const t of pspec.Types || []) alts.push({ Type: t });
    if (itemAlts.length) {
      const list = alts.find((a) => a.Type === 'List');
      if (list) list.itemAlts = itemAlts; else alts.push({ Type: 'List', itemAlts });
    }
    if (alts.length === 0) return; // the spec gives no type: nothing to check
    if (alts.length === 1) { this.checkOne(value, alts[0], scope, where); return; }
    const tries = alts.map((alt) => {
      const trial = new TemplateChecker(this.name, this.t);
      trial.checkOne(value, alt, scope, where);
      return trial.problems;
    });
    if (!tries.some((p) => p.length === 0)) this.problems.push(...tries[0]);
  }

  checkOne(value, alt, scope, where) {
    if (alt.PrimitiveType) { this.checkPrimitive(value, alt.PrimitiveType, where); return; }
    const item = (x, w) => {
      if (alt.itemAlts) this.checkValue(x, { PrimitiveTypes: alt.itemAlts.filter((a) => a.PrimitiveType).map((a) => a.PrimitiveType),
        Types: alt.itemAlts.filter((a) => a.Type).map((a) => a.Type) }, scope, w);
      else if (alt.PrimitiveItemType) this.checkValue(x, { PrimitiveType: alt.PrimitiveItemType }, scope, w);
      else if (alt.ItemType) this.checkValue(x, { Type: alt.ItemType }, scope, w);
    };
    if (alt.Type === 'List') {
      if (!Array.isArray(value)) { this.report(where, `expected a list, got ${describe(value)}`); return; }
      value.forEach((x, i) => item(x, joinPath(where, i)));
      return;
    }
    if (alt.Type === 'Map') {
      if (!isMapping(value)) { this.report(where, `expected a mapping (Map), got ${describe(value)}`); return; }
      for (const [k, x] of Object.entries(value)) item(x, joinPath(where, k));
      return;
    }
    const [name, ptype] = this.propertyType(alt.Type, scope);
    if (!ptype) return; // the spec refers to a type it does not define
    if (!ptype.Properties) { this.checkValue(value, ptype, scope, where); return; } // alias of another type
    if (!isMapping(value)) { this.report(where, `expected a mapping (${name}), got ${describe(value)}`); return; }
    this.checkObject(value, ptype, name, scope, where, false);
  }

  checkPrimitive(value, type, where) {
    const bad = (what) => this.report(where, `expected ${what}, got ${describe(value)}`);
    switch (type) {
      case 'String':
        // CloudFormation turns numbers and booleans into strings.
        if (!['string', 'number', 'boolean'].includes(typeof value)) bad('a String');
        return;
      case 'Integer':
      case 'Long':
        if (!(typeof value === 'number' && Number.isInteger(value)) &&
            !(typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value))) bad(`an ${type === 'Long' ? 'integer (Long)' : 'Integer'}`);
        return;
      case 'Double':
        if (!(typeof value === 'number' && Number.isFinite(value)) &&
            !(typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))) bad('a Double');
        return;
      case 'Boolean':
        if (typeof value !== 'boolean' && !(typeof value === 'string' && /^(true|false)$/i.test(value))) bad('a Boolean');
        return;
      case 'Timestamp':
        if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) bad('a Timestamp (ISO 8601 string)');
        return;
      case 'Json':
        if (!isMapping(value) && !Array.isArray(value) && typeof value !== 'string') bad('a JSON object');
        return;
      default:
        return; // unknown primitive in the spec: nothing to check
    }
  }

  // ------------------------------------------------ Ref / GetAtt / Sub / If / FindInMap

  checkRefName(name, where, ctx) {
    if (typeof name !== 'string') { this.report(where, `Ref must name a resource or parameter, got ${describe(name)}`); return; }
    if (PSEUDO_PARAMETERS.includes(name) || has(this.parameters, name)) return;
    if (has(this.resources, name)) {
      if (ctx.inConditions) this.report(where, `Ref to resource "${name}" is not allowed in Conditions (parameters only)`);
      return;
    }
    const known = [...Object.keys(this.parameters), ...Object.keys(this.resources), ...PSEUDO_PARAMETERS];
    this.report(where, `Ref to unknown resource or parameter "${name}"${suggest(name, known)}`);
  }

  checkGetAtt(resName, attr, where) {
    if (typeof resName !== 'string') { this.report(where, `Fn::GetAtt needs a logical id, got ${describe(resName)}`); return; }
    if (!has(this.resources, resName)) {
      const extra = has(this.parameters, resName) ? ' (it is a parameter; use Ref)' : suggest(resName, Object.keys(this.resources));
      this.report(where, `Fn::GetAtt names unknown resource "${resName}"${extra}`);
      return;
    }
    if (isIntrinsic(attr)) return;
    if (typeof attr !== 'string' || attr === '') { this.report(where, `Fn::GetAtt needs an attribute name, got ${describe(attr)}`); return; }
    const type = this.resources[resName] && this.resources[resName].Type;
    if (typeof type !== 'string' || type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource' ||
        type === 'AWS::CloudFormation::Stack' && attr.startsWith('Outputs.')) return;
    const spec = SPEC.ResourceTypes[type];
    if (!spec) return; // unknown type is reported on the resource itself
    const attrs = Object.keys(spec.Attributes || {});
    if (!attrs.includes(attr)) {
      this.report(where, `Fn::GetAtt: ${type} has no attribute "${attr}"` +
        (attrs.length ? `${suggest(attr, attrs)} (it has: ${attrs.join(', ')})` : ' (it has no attributes)'));
    }
  }

  checkSub(arg, where) {
    let text; let vars = {};
    if (typeof arg === 'string') text = arg;
    else if (Array.isArray(arg) && arg.length === 2 && typeof arg[0] === 'string' && isMapping(arg[1])) [text, vars] = arg;
    else { this.report(where, 'Fn::Sub needs a string or [string, {variables}]'); return; }
    const re = /\$\{([^}]*)\}/g; let m;
    while ((m = re.exec(text)) !== null) {
      const ref = m[1].trim();
      if (ref.startsWith('!')) continue; // ${!Literal}
      if (has(vars, ref)) continue;
      const dot = ref.indexOf('.');
      if (dot > 0 && !PSEUDO_PARAMETERS.includes(ref)) this.checkGetAtt(ref.slice(0, dot), ref.slice(dot + 1), where);
      else this.checkRefName(ref, where, {});
    }
  }

  walkIntrinsics(v, where, ctx = {}) {
    if (Array.isArray(v)) { v.forEach((x, i) => this.walkIntrinsics(x, joinPath(where, i), ctx)); return; }
    if (!isMapping(v)) return;
    if (isIntrinsic(v)) {
      const [fn] = Object.keys(v); const arg = v[fn];
      if (fn === 'Ref') this.checkRefName(arg, where, ctx);
      else if (fn === 'Fn::GetAtt') {
        if (typeof arg === 'string' && arg.indexOf('.') > 0) this.checkGetAtt(arg.slice(0, arg.indexOf('.')), arg.slice(arg.indexOf('.') + 1), where);
        else if (Array.isArray(arg) && arg.length === 2) this.checkGetAtt(arg[0], arg[1], where);
        else this.report(where, 'Fn::GetAtt needs [LogicalId, Attribute] or "LogicalId.Attribute"');
      } else if (fn === 'Fn::Sub') this.checkSub(arg, where);
      else if (fn === 'Fn::If' && Array.isArray(arg) && arg.length === 3) this.checkConditionName(arg[0], where);
      else if (fn === 'Fn::If') this.report(where, 'Fn::If needs [ConditionName, ValueIfTrue, ValueIfFalse]');
      else if (fn === 'Fn::FindInMap' && Array.isArray(arg) && typeof arg[0] === 'string' && !has(this.mappings, arg[0])) {
        this.report(where, `Fn::FindInMap names unknown mapping "${arg[0]}"`);
      }
      this.walkIntrinsics(arg, where, ctx);
      return;
    }
    if (ctx.inConditions && has(v, 'Condition') && Object.keys(v).length === 1) this.checkConditionName(v.Condition, where);
    for (const [k, x] of Object.entries(v)) this.walkIntrinsics(x, joinPath(where, k), ctx);
  }
}

// ---------------------------------------------------------------- main

function main(argv) {
  const files = argv.slice(2);
  if (files.length === 0 || files.includes('-h') || files.includes('--help')) {
    process.stderr.write('usage: node tests/cfn/check-spec.js TEMPLATE...\n' +
      `Checks CloudFormation templates against the resource specification ${SPEC.ResourceSpecificationVersion} ` +
      'from @aws-cdk/cfnspec. Exit 0 ok, 1 problems, 2 unreadable input.\n');
    return 2;
  }
  let resources = 0; let problems = 0; let unreadable = 0;
  for (const file of files) {
    let template;
    try {
      template = readTemplate(file);
    } catch (e) {
      if (!(e instanceof Unreadable)) throw e;
      console.log(`${file}: ${e.message}`);
      unreadable++;
      continue;
    }
    const checker = new TemplateChecker(file, template);
    checker.run();
    resources += Object.keys(checker.resources).length;
    problems += checker.problems.length;
    for (const line of checker.problems) console.log(line);
  }
  console.log(`${files.length} templates, ${resources} resources, ${problems} problems` +
    (unreadable ? `, ${unreadable} unreadable` : ''));
  return unreadable ? 2 : problems ? 1 : 0;
}

process.exitCode = main(process.argv);
