// Welsh words too common to narrow a search, as prepare-query.ts spells them: lower case, without
// apostrophes ("i'w" → "iw", "mae'n" → "maen"). A Welsh search drops these and the English ones, since
// the Welsh index also holds the English words of pages not yet in Welsh.
export const WELSH_COMMON_WORDS = [
  // The, and, or, but, so, if, that
  'y yr r a ac ag â neu ond felly os pe bod fod mai taw na nac nad',
  // I, you, he, she, we, they; my, your, his, her, our, their
  'i fi mi ti di e ef fe o hi ni chi nhw fy dy ei ein eich eu m th w n',
  // With apostrophes dropped: i'w, i'r, o'r, a'r, mae'n, rwy'n, dw i'n, i'n
  'iw ir or ar maen rwyn win in',
  // On, at, to, from, with, in, by, for, through, over, until
  'am ar at gan gen gyda efo yn mewn wrth dros drwy trwy tan hyd',
  // What, how, why, when, where, who, which
  'beth be sut pam pryd ble pwy pa faint',
  // Am, is, are, was, have (wedi), do, did, can, should, not
  'rydw rwyf rwy dw dwi ydw ydy yw ydyn ydych oes mae oedd roedd sydd sy bydd byddai wedi',
  'gwneud wneud wnes wnaeth wnaethoch gallaf allaf galla alla dylwn ddylwn dylai ddylai dim ddim',
  // This, that, here, there
  'hyn hwn hon hynny yma yna',
]
  .join(' ')
  .split(' ');
