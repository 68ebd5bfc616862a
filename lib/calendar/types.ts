/** A period of the performance cycle: the year, or one of its quarters (or months, where configured). */
export type PeriodRef = {
  id: number;
  year: number;
  kind: 'annual' | 'quarterly' | 'monthly';
  seq: number;
  startsOn: string;
  endsOn: string;
  open: boolean;
};
