function quote(query: string): string {
  return '`' + query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

/** Source of a generated migration, in the shape of the reviewed ones in migrations/. */
export function renderMigration(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((query) => `    await queryRunner.query(${quote(query)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}
