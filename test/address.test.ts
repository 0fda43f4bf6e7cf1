// One form of address: the pane, the CLI, the checks and the forms all say "u", never "je".
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const src = path.resolve(__dirname, '../src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));

test('no text in the source addresses the user as je, jij or jouw', () => {
  const informal = /(?<![\p{L}\p{N}_-])(je|jij|jouw|jullie)(?![\p{L}\p{N}_-])/iu;
  const found = files(src).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ where: `${path.relative(src, file)}:${i + 1}`, line }))
      .filter(({ line }) => informal.test(line)),
  );
  expect(found).toEqual([]);
});
