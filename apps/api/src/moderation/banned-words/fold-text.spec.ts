import { foldText } from './fold-text';

describe('foldText', () => {
  it('drops case and Lithuanian diacritics', () => {
    expect(foldText('ĄČĘĖĮŠŲŪŽ ąčęėįšųūž')).toBe('aceeisuuz aceeisuuz');
    expect(foldText('Šūdas')).toBe('sudas');
  });

  it('folds Norwegian and other Latin letters that do not decompose', () => {
    expect(foldText('Ærlig SØPPEL på Łódź Straße')).toBe('aerlig soppel pa lodz strasse');
    expect(foldText('ŒUVRE')).toBe('oeuvre');
  });

  it('reads compatibility forms as their plain letters', () => {
    expect(foldText('ﬁne ＦＵＬＬ')).toBe('fine full');
  });

  it('keeps punctuation and spacing as they are', () => {
    expect(foldText('Sveiki,  pasauli!')).toBe('sveiki,  pasauli!');
  });
});
