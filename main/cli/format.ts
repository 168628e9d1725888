/** The CLI prints numbers as the app does: one formatter for both lives in shared/format. */
export * from '../../shared/format';
