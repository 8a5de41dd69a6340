/**
 * Who each preset in scenarios/ is for, by preset id (`preset-<file stem>`):
 * listed with the preset and searched with its name and description.
 */
export const PRESET_AUDIENCES: Readonly<Record<string, string>> = {
  'preset-teaching': 'For teaching: one small system a class can take in at a glance',
  'preset-system-control-total': 'For finance analysts: who covers whom under five risk-share rules',
  'preset-bed-cuts': 'For campaigners: what happens when beds close on a promise that only partly comes true',
  'preset-england': 'For national analysts: all 42 systems from public data, which are most likely to miss and how much contingency covers them',
};
