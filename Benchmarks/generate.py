#!/usr/bin/env python3
"""Generates benchmark inputs (never committed; written under Benchmarks/.data by run.sh).

  generate.py answers N FOLDER   N answers files: each respondent's answers are one of the four
                                 example archetypes, with scale answers and the name varied
  generate.py csv N FILE         the same N respondents as one survey export (ids as titles)
  generate.py corpus FOLDER MB   a parser corpus of about MB megabytes: the real questionnaire
                                 files, the examples and random documents in the subset

Inputs for the scaling benchmark (run.sh scaling), each the worst case of an issue-19 report:
  generate.py header N FILE      a survey export whose header has N unknown titles
  generate.py unknown N FILE     an answers file of N unknown question ids
  generate.py questionnaire N FOLDER
                                 FOLDER/questionnaire.yaml: the built-in questionnaire's questions
                                 copied to about N questions (conditions renamed with their copy),
                                 with its paradigm texts and operating model beside it
  generate.py compare N FOLDER   FOLDER/questionnaire.yaml of about N questions, and before.yaml
                                 and after.yaml answering each unconditional choice or scale
                                 question differently
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = sorted(os.path.join(ROOT, 'Examples', f) for f in os.listdir(os.path.join(ROOT, 'Examples')) if f.endswith('.yaml'))
ROLES = ['ceo', 'cmo', 'cro', 'revops', 'marketing_team', 'sales_team', 'other']


def archetypes():
    """Each example as (question id, value) pairs, a value being a text or a list of texts."""
    result = []
    for path in EXAMPLES:
        answers, current, in_answers = [], None, False
        for line in open(path, encoding='utf-8'):
            body = line.rstrip('\n')
            if body.startswith('answers:'):
                in_answers = True
                continue
            if not in_answers or not body.strip() or body.strip().startswith('#'):
                continue
            if body.startswith('    - '):
                current[1].append(body[6:])
            elif body.startswith('  ') and ':' in body:
                key, _, value = body.strip().partition(':')
                current = [key, value.strip() if value.strip() else []]
                answers.append(current)
        result.append(answers)
    return result


def respondents(count, seed=6):
    rng = random.Random(seed)
    kinds = archetypes()
    for number in range(count):
        answers = []
        for key, value in rng.choice(kinds):
            if isinstance(value, str) and value in ('1', '2', '3', '4', '5'):
                value = str(min(5, max(1, int(value) + rng.choice((-1, 0, 0, 1)))))
            answers.append((key, value))
        yield f'Respondent {number + 1}', rng.choice(ROLES), answers


def quoted(text):
    return text if not text.startswith('"') else text


def write_answers(count, folder):
    os.makedirs(folder, exist_ok=True)
    for number, (name, role, answers) in enumerate(respondents(count)):
        lines = ['questionnaire: paradigm-advisor', 'respondent:', f'  name: {name}', f'  role: {role}', 'answers:']
        for key, value in answers:
            if isinstance(value, list):
                lines.append(f'  {key}:')
                lines.extend(f'    - {item}' for item in value)
            else:
                lines.append(f'  {key}: {value}')
        with open(os.path.join(folder, f'r{number + 1:06d}.yaml'), 'w', encoding='utf-8') as handle:
            handle.write('\n'.join(lines) + '\n')


def csv_field(text):
    if any(c in text for c in ',"\r\n') or text != text.strip():
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(count, path):
    people = list(respondents(count))
    keys = []
    for _, _, answers in people:
        for key, _ in answers:
            if key not in keys:
                keys.append(key)
    with open(path, 'w', encoding='utf-8', newline='') as handle:
        handle.write(','.join(['name', 'role'] + keys) + '\r\n')
        for name, role, answers in people:
            given = dict(answers)
            cells = [name, role]
            for key in keys:
                value = given.get(key, '')
                cells.append(', '.join(value) if isinstance(value, list) else value.strip('"'))
            handle.write(','.join(csv_field(c) for c in cells) + '\r\n')


WORDS = 'market sales pipeline revenue brand buyer account segment motion trial renewal field partner'.split()


def random_text(rng):
    kind = rng.random()
    words = ' '.join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))
    if kind < 0.6:
        return words
    if kind < 0.75:
        return "'" + words.replace("'", "''") + " it''s'"
    if kind < 0.9:
        return '"' + words + ' \\u00e9 \\"q\\""'
    return None  # a literal block


def random_tree(rng, lines, indent, depth):
    for index in range(rng.randint(2, 8)):
        key = f'{rng.choice(WORDS)}_{index}'
        pad = ' ' * indent
        roll = rng.random()
        if depth < 5 and roll < 0.25:
            lines.append(f'{pad}{key}:')
            random_tree(rng, lines, indent + 2, depth + 1)
        elif depth < 5 and roll < 0.4:
            lines.append(f'{pad}{key}:')
            for _ in range(rng.randint(1, 6)):
                text = random_text(rng) or 'item'
                lines.append(f'{pad}  - {text}')
        else:
            text = random_text(rng)
            if text is None:
                lines.append(f'{pad}{key}: |')
                for _ in range(rng.randint(1, 4)):
                    lines.append(f'{pad}  ' + ' '.join(rng.choice(WORDS) for _ in range(8)))
            else:
                lines.append(f'{pad}{key}: {text}  # note')


def write_corpus(folder, megabytes):
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(2024)
    real = [os.path.join(ROOT, 'Questionnaires', f) for f in sorted(os.listdir(os.path.join(ROOT, 'Questionnaires')))] + EXAMPLES
    total, number = 0, 0
    while total < megabytes * 1_000_000:
        number += 1
        if number % 3 == 0:
            text = open(real[number % len(real)], encoding='utf-8').read()
        else:
            lines = ['# generated document']
            while sum(len(l) for l in lines) < 60_000:
                random_tree(rng, lines, 0, 0)
                lines.append(f'section_{len(lines)}:')
                random_tree(rng, lines, 2, 1)
            # keys must be unique at the top level: number them
            seen, unique = {}, []
            for line in lines:
                if line and not line.startswith(' ') and ':' in line and not line.startswith('#'):
                    key, _, rest = line.partition(':')
                    seen[key] = seen.get(key, 0) + 1
                    line = f'{key}_{seen[key]}:{rest}'
                unique.append(line)
            text = '\n'.join(unique) + '\n'
        with open(os.path.join(folder, f'doc{number:05d}.yaml'), 'w', encoding='utf-8') as handle:
            handle.write(text)
        total += len(text.encode('utf-8'))


def write_header(count, path):
    with open(path, 'w', encoding='utf-8') as handle:
        handle.write('company_size,' + ','.join(f'column {i}' for i in range(count)) + '\n')
        handle.write('50 to 199' + ',' * count + '\n')


def write_unknown(count, path):
    with open(path, 'w', encoding='utf-8') as handle:
        handle.write('questionnaire: paradigm-advisor\nanswers:\n  company_size: 50_to_199\n')
        handle.write(''.join(f'  k{i}: 3\n' for i in range(count)))


def built_in():
    import yaml
    with open(os.path.join(ROOT, 'Questionnaires', 'paradigm-advisor.yaml'), encoding='utf-8') as handle:
        return yaml.load(handle, Loader=yaml.BaseLoader)


def write_questionnaire(count, folder):
    """The built-in questionnaire with its sections copied until it has about `count` questions.
    Copy k renames its questions `id_k`, and its conditions with them; gates and the operating
    model keep naming the originals."""
    import shutil
    os.makedirs(folder, exist_ok=True)
    for name in ('paradigms.yaml', 'operating-model.yaml'):
        shutil.copy(os.path.join(ROOT, 'Questionnaires', name), os.path.join(folder, name))
    data = built_in()
    original = data['sections']
    per_copy = sum(len(section['questions']) for section in original)
    sections = list(original)
    for k in range(1, max(1, round(count / per_copy))):
        for section in original:
            copy = dict(section, id=f"{section['id']}_{k}", title=f"{section['title']} ({k})")
            questions = []
            for question in section['questions']:
                question = dict(question, id=f"{question['id']}_{k}")
                if 'when' in question:
                    question['when'] = {f'{key}_{k}': value for key, value in question['when'].items()}
                questions.append(question)
            copy['questions'] = questions
            sections.append(copy)
    data['sections'] = sections
    lines = []
    dump(data, 0, lines)
    with open(os.path.join(folder, 'questionnaire.yaml'), 'w', encoding='utf-8') as handle:
        handle.write('\n'.join(lines) + '\n')
    return data


PLAIN = re.compile(r'-?[A-Za-z0-9_][A-Za-z0-9_.]*')


def scalar(text):
    """A one-line text as a plain scalar when it reads back the same, else double-quoted."""
    if PLAIN.fullmatch(text) and text.lower() not in ('yes', 'no', 'true', 'false', 'null', 'on', 'off', 'y', 'n'):
        return text
    return json.dumps(text, ensure_ascii=False)


def dump(value, indent, lines):
    """Block-style YAML in the subset the parser reads (no anchors, no flow collections)."""
    pad = ' ' * indent
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str) and '\n' in item.rstrip('\n'):
                lines.append(f'{pad}{key}: |')
                lines.extend(f'{pad}  {line}' if line else '' for line in item.rstrip('\n').split('\n'))
            elif isinstance(item, str):
                lines.append(f'{pad}{key}: {scalar(item.rstrip(chr(10)))}')
            else:
                lines.append(f'{pad}{key}:')
                dump(item, indent + 2, lines)
    else:
        for item in value:
            if isinstance(item, dict):
                first = len(lines)
                dump(item, indent + 2, lines)
                lines[first] = pad + '- ' + lines[first][indent + 2:]
            else:
                lines.append(f'{pad}- {scalar(item)}')


def write_compare(count, folder):
    """Two answers files that answer every question of the generated questionnaire, each with a
    different option (scales 1 and 5, lists their first and last option, texts left out)."""
    data = write_questionnaire(count, folder)
    sides = [['questionnaire: paradigm-advisor', 'answers:'] for _ in range(2)]
    for section in data['sections']:
        for question in section['questions']:
            kind, qid = question.get('type', 'single'), question['id']
            if 'when' in question:
                continue  # it may not apply, and an answer to it would only be a warning
            if kind == 'scale':
                values = ['1', '5']
            elif kind in ('single', 'multiple') and len(question.get('options', [])) > 1:
                values = [question['options'][0]['id'], question['options'][-1]['id']]
            else:
                continue
            for side, value in zip(sides, values):
                side.append(f'  {qid}: "{value}"' if kind != 'multiple' else f'  {qid}:\n    - "{value}"')
    for name, lines in zip(('before.yaml', 'after.yaml'), sides):
        with open(os.path.join(folder, name), 'w', encoding='utf-8') as handle:
            handle.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    what = sys.argv[1] if len(sys.argv) > 1 else ''
    if what == 'answers':
        write_answers(int(sys.argv[2]), sys.argv[3])
    elif what == 'csv':
        write_csv(int(sys.argv[2]), sys.argv[3])
    elif what == 'corpus':
        write_corpus(sys.argv[2], float(sys.argv[3]))
    elif what == 'header':
        write_header(int(sys.argv[2]), sys.argv[3])
    elif what == 'unknown':
        write_unknown(int(sys.argv[2]), sys.argv[3])
    elif what == 'questionnaire':
        write_questionnaire(int(sys.argv[2]), sys.argv[3])
    elif what == 'compare':
        write_compare(int(sys.argv[2]), sys.argv[3])
    else:
        sys.exit(__doc__)
